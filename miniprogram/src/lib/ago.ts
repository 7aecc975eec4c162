import type { Messages } from '../locales/types';

/** "3 h ago" in the person's language, for cached data. */
export function ago(savedAt: number, now: number, t: Messages['common']): string {
  const minutes = Math.max(0, Math.floor((now - savedAt) / 60_000));
  if (minutes < 1) return t.justNow;
  if (minutes < 60) return t.minutesAgo(minutes);
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t.hoursAgo(hours);
  return t.daysAgo(Math.floor(hours / 24));
}
