import type { Messages } from '../../locales/types';

/** This month and the two before, as YYYY-MM: reports are about recent events. */
export function recentMonths(now: Date, count = 3): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() - i, 1);
    out.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** YYYY-MM in the reader's words: 2026年11月, nov. 2026, Nov 2026. */
export function monthLabel(t: Messages, month: string): string {
  const [y, m] = month.split('-').map(Number);
  return y && m ? t.report.monthLabel(y, m) : month;
}
