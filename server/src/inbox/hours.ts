import { WEEKDAYS, type Weekday } from '../contract/hours';

/**
 * PROGRAMME_HOURS: when a person reads the inbox, Europe/Paris, e.g. `mon-fri 10:00-18:00; sat 14:00-17:00`.
 * Several ranges a day are allowed (`tue 10:00-12:00; tue 14:00-18:00`).
 */
export const PROGRAMME_ZONE = 'Europe/Paris';

export interface Slot {
  day: Weekday;
  open: number;
  close: number;
}

const PART = /^([a-z]{3})(?:-([a-z]{3}))?\s+([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

export function parseProgrammeHours(text: string): Slot[] {
  const slots: Slot[] = [];
  for (const raw of text.split(';').map((p) => p.trim().toLowerCase()).filter(Boolean)) {
    const m = PART.exec(raw);
    if (!m) throw new Error(`"${raw}" is not like "mon-fri 10:00-18:00"`);
    const from = WEEKDAYS.indexOf(m[1] as Weekday);
    const to = m[2] ? WEEKDAYS.indexOf(m[2] as Weekday) : from;
    if (from < 0 || to < 0 || to < from) throw new Error(`"${raw}": days are mon tue wed thu fri sat sun, in that order`);
    const open = Number(m[3]) * 60 + Number(m[4]);
    const close = Number(m[5]) * 60 + Number(m[6]);
    if (close <= open) throw new Error(`"${raw}": the end comes before the start`);
    for (let d = from; d <= to; d++) slots.push({ day: WEEKDAYS[d], open, close });
  }
  return slots;
}

export function validProgrammeHours(text: string): boolean {
  try {
    parseProgrammeHours(text);
    return true;
  } catch {
    return false;
  }
}

const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: PROGRAMME_ZONE, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function local(date: Date): { day: Weekday; minutes: number } {
  const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
  return { day: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function withinHours(slots: Slot[], now: Date): boolean {
  const { day, minutes } = local(now);
  return slots.some((s) => s.day === day && minutes >= s.open && minutes < s.close);
}

/** The next moment someone reads the inbox (to the minute), or null when no hours are set. */
export function nextOpening(slots: Slot[], now: Date): Date | null {
  if (slots.length === 0) return null;
  const start = new Date(Math.ceil(now.getTime() / 60_000) * 60_000);
  // Minute steps over a week would be 10,080 formats: step by quarter hours, then settle on the minute.
  for (let t = start.getTime(); t < start.getTime() + 8 * 86_400_000; t += 15 * 60_000) {
    if (withinHours(slots, new Date(t))) {
      let m = t;
      while (m - 60_000 >= start.getTime() && withinHours(slots, new Date(m - 60_000))) m -= 60_000;
      return new Date(m);
    }
  }
  return null;
}

/** "周二 10:00" / "mardi 10:00", in Paris time. */
export function describeOpening(at: Date, lang: 'zh-Hans' | 'fr'): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'zh-CN', { timeZone: PROGRAMME_ZONE, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
