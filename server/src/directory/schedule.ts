import { toMinutes, WEEKDAYS, type HoursRule, type Weekday } from '../contract/hours';
import { hsdsId } from './ids';
import { formatOffset, nextOffsetChange, utcOffsetHours } from './timezone';
import type { HsdsSchedule } from './types';

const BYDAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const FR_DAYS: Record<Weekday, string> = { mon: 'lundi', tue: 'mardi', wed: 'mercredi', thu: 'jeudi', fri: 'vendredi', sat: 'samedi', sun: 'dimanche' };
const ZH_DAYS: Record<Weekday, string> = { mon: '周一', tue: '周二', wed: '周三', thu: '周四', fri: '周五', sat: '周六', sun: '周日' };

export interface ScheduleInput {
  /** `paris:lotus-bus:belleville`: the location key the schedule ids derive from. */
  key: string;
  serviceId: string;
  locationId: string;
  serviceAtLocationId: string;
  timeZone: string;
  hours: HoursRule[];
}

function hoursText(rule: HoursRule, days: Weekday[]): string {
  const fr = days.map((d) => FR_DAYS[d]).join(', ');
  const zh = days.map((d) => ZH_DAYS[d]).join('、');
  if (rule.open === '00:00' && rule.close === '24:00') return `${fr} : 24 h/24\n${zh}：全天`;
  if (toMinutes(rule.close) <= toMinutes(rule.open)) {
    return `${fr} : de ${rule.open} à ${rule.close} le lendemain (la séance passe minuit)\n${zh}：${rule.open} 至次日 ${rule.close}（跨过午夜）`;
  }
  return `${fr} : de ${rule.open} à ${rule.close}\n${zh}：${rule.open}–${rule.close}`;
}

/**
 * One HSDS schedule per opening rule. A session that crosses midnight keeps its own times (opens_at
 * 20:00, closes_at 01:00) and says in `description` that it ends the next day: HSDS has no field for it,
 * and splitting it in two would invent a 00:00 opening that is not one.
 */
export function schedulesFor(input: ScheduleInput, at: Date): HsdsSchedule[] {
  const offset = utcOffsetHours(input.timeZone, at);
  const change = nextOffsetChange(input.timeZone, at);
  const exported = at.toISOString().slice(0, 10);
  const notes =
    `Heures locales (${input.timeZone}). Décalage ${formatOffset(offset)} en vigueur à la date de l'export (${exported})` +
    (change ? `, jusqu'au changement d'heure du ${change}.` : '.');
  return input.hours.map((rule, i) => {
    const days = WEEKDAYS.filter((d) => rule.days.includes(d));
    return {
      id: hsdsId('schedule', `${input.key}:${i}`),
      service_id: input.serviceId,
      location_id: input.locationId,
      service_at_location_id: input.serviceAtLocationId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: days.map((d) => BYDAY[d]).join(','),
      opens_at: rule.open,
      closes_at: rule.close,
      timezone: offset,
      description: hoursText(rule, days),
      notes,
    };
  });
}
