import type { Config } from '../config';
import { describeOpening, nextOpening, parseProgrammeHours, withinHours, type Slot } from './hours';

const cache = new Map<string, Slot[]>();

export function programmeSlots(config: Pick<Config, 'PROGRAMME_HOURS'>): Slot[] {
  let slots = cache.get(config.PROGRAMME_HOURS);
  if (!slots) cache.set(config.PROGRAMME_HOURS, (slots = parseProgrammeHours(config.PROGRAMME_HOURS)));
  return slots;
}

/** Whether a person reads the inbox now; if not, when one next will, in Chinese and French. */
export function presence(config: Pick<Config, 'PROGRAMME_HOURS'>, now: Date) {
  const slots = programmeSlots(config);
  if (withinHours(slots, now)) return { now: true as const };
  const next = nextOpening(slots, now);
  return { now: false as const, next: next ? { 'zh-Hans': describeOpening(next, 'zh-Hans'), fr: describeOpening(next, 'fr') } : null };
}
