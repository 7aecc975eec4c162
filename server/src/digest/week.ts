import { addDays } from '../contract/admin';
import { parisDay } from '../flyers/day';

/** A digest covers Monday to Sunday in Paris, where the programme works. */
export interface Week {
  /** Monday, YYYY-MM-DD. */
  start: string;
  /** Sunday, YYYY-MM-DD. */
  end: string;
}

/** The week (Monday to Sunday, Paris) holding `day` (YYYY-MM-DD). */
export function weekOf(day: string): Week {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  const start = addDays(day, -((weekday + 6) % 7));
  return { start, end: addDays(start, 6) };
}

/** The last full week before `now`: what Monday's job drafts. */
export function previousWeek(now: Date): Week {
  return weekOf(addDays(parisDay(now), -7));
}

/** True when the instant falls on one of the week's days in Paris. */
export function inWeek(at: Date, week: Week): boolean {
  const day = parisDay(at);
  return day >= week.start && day <= week.end;
}

/**
 * A UTC window that surely holds the whole Paris week (a day of margin either side), for the query;
 * `inWeek` then keeps the rows of the week itself.
 */
export function queryWindow(week: Week): { from: Date; to: Date } {
  return { from: new Date(`${addDays(week.start, -1)}T00:00:00Z`), to: new Date(`${addDays(week.end, 2)}T00:00:00Z`) };
}
