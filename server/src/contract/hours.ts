/**
 * Opening hours in a location's own IANA time zone. Shared by the server (openNow filter) and the
 * mini-program (badge computed on the device), so both answer the same.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Open from `open` to `close` on each of `days`; a `close` at or before `open` ends the next day (20:00–01:00). */
export interface HoursRule {
  days: Weekday[];
  open: string;
  close: string;
}

/** A closure covers whole local days, `from` and `to` inclusive, as YYYY-MM-DD. */
export interface Closure {
  from: string;
  to: string;
}

export interface LocalTime {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** minutes since local midnight */
  minutes: number;
}

export const TIME_RE = /^([01]\d|2[0-4]):([0-5]\d)$/;

export function toMinutes(hhmm: string): number {
  const m = TIME_RE.exec(hhmm);
  if (!m) throw new Error(`not a time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function intlParts(date: Date, timeZone: string): LocalTime | null {
  try {
    let f = formatters.get(timeZone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      formatters.set(timeZone, f);
    }
    const parts: Record<string, string> = {};
    for (const p of f.formatToParts(date)) parts[p.type] = p.value;
    if (!parts.year || !parts.hour) return null;
    const ymd = `${parts.year}-${parts.month}-${parts.day}`;
    return { date: ymd, weekday: weekdayOf(ymd), minutes: (Number(parts.hour) % 24) * 60 + Number(parts.minute) };
  } catch {
    return null;
  }
}

function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * Some WeChat runtimes ship without time-zone data. Every zone we serve is in metropolitan France,
 * which follows the EU rule (CET, CEST from the last Sunday of March to the last Sunday of October at 01:00 UTC).
 */
function euParts(date: Date): LocalTime {
  const y = date.getUTCFullYear();
  const t = date.getTime();
  const summer = t >= lastSundayUtc(y, 2) && t < lastSundayUtc(y, 9);
  const local = new Date(t + (summer ? 2 : 1) * 3600_000);
  const ymd = local.toISOString().slice(0, 10);
  return { date: ymd, weekday: weekdayOf(ymd), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function localTime(date: Date, timeZone: string): LocalTime {
  return intlParts(date, timeZone) ?? euParts(date);
}

export function weekdayOf(ymd: string): Weekday {
  const d = new Date(`${ymd}T12:00:00Z`).getUTCDay();
  return WEEKDAYS[(d + 6) % 7];
}

export function previousDay(ymd: string): string {
  const d = new Date(`${ymd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function closedOn(ymd: string, closures: Closure[]): boolean {
  return closures.some((c) => c.from <= ymd && ymd <= c.to);
}

/**
 * True when one of the rules is open at `at` in `timeZone`. A session that starts on a closed day is
 * closed for its whole length, past midnight included: "no tour on 24 Dec" also means no 00:30 stop.
 */
export function isOpenAt(rules: HoursRule[], closures: Closure[], timeZone: string, at: Date): boolean {
  const now = localTime(at, timeZone);
  const yesterday = previousDay(now.date);
  const yesterdayWeekday = weekdayOf(yesterday);
  for (const rule of rules) {
    const open = toMinutes(rule.open);
    const close = toMinutes(rule.close);
    if (close > open) {
      if (rule.days.includes(now.weekday) && now.minutes >= open && now.minutes < close && !closedOn(now.date, closures)) {
        return true;
      }
    } else {
      if (rule.days.includes(now.weekday) && now.minutes >= open && !closedOn(now.date, closures)) return true;
      if (rule.days.includes(yesterdayWeekday) && now.minutes < close && !closedOn(yesterday, closures)) return true;
    }
  }
  return false;
}
