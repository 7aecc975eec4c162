import { WEEKDAYS, type HoursRule, type Weekday } from '@lotus/server/contract/hours';

export interface DayHours {
  day: Weekday;
  /** "09:30–12:00", in opening order; empty when closed. */
  ranges: string[];
}

/** A location's rules laid out Monday to Sunday for the detail page. */
export function weekTable(rules: HoursRule[]): DayHours[] {
  return WEEKDAYS.map((day) => ({
    day,
    ranges: rules
      .filter((r) => r.days.includes(day))
      .map((r) => ({ open: r.open, text: `${r.open}–${r.close}` }))
      .sort((a, b) => a.open.localeCompare(b.open))
      .map((r) => r.text),
  }));
}
