import type { EntityManager } from 'typeorm';
import { monthsBefore, parisMonth } from '../alerts/retention';
import type { DescriptionAlertCreateInput } from '../contract/descriptionAlerts';
import { scrubDescription } from '../descriptionAlerts/scrub';
import { City, DescriptionAlert } from '../entities';
import { ValidationError } from '../errors';

interface Props {
  /** The caller's transaction, which also holds the rate-limit hit: a refused alert leaves no count. */
  m: EntityManager;
  now: Date;
  retentionMonths: number;
  input: DescriptionAlertCreateInput;
  /** Counts what the screener flags in the scrubbed text and area, for moderators; null when it could not screen. */
  screen?: (text: string) => number | null;
}

/**
 * Stores a pending description alert, scrubbed of identifiers. Nothing about the sender is kept: no
 * install id (it was only counted for the rate limit), no address, no reference to withdraw it by.
 */
export default async function descriptionAlertCreate({ m, now, retentionMonths, input, screen }: Props): Promise<DescriptionAlert> {
  const thisMonth = parisMonth(now);
  const month = input.month ?? thisMonth;
  if (month > thisMonth) throw ValidationError('month cannot be in the future', { code: 'month_in_future', field: 'month' });
  const oldest = monthsBefore(thisMonth, retentionMonths - 1);
  if (month < oldest) throw ValidationError(`month must be ${oldest} or later: older alerts are not kept`, { code: 'month_too_old', field: 'month' });
  if (!(await m.exists(City, { where: { slug: input.city } }))) throw ValidationError('There is no such city in the directory', { code: 'city_not_found', field: 'city' });
  const text = scrubDescription(input.text);
  const area = input.area ? scrubDescription(input.area) : null;
  const alert = m.create(DescriptionAlert, {
    city: input.city,
    area,
    month,
    categories: input.categories,
    text,
    screenHits: screen ? screen(area ? `${area}\n${text}` : text) : null,
    level: null,
    status: 'pending',
    createdAt: now,
    decidedAt: null,
  });
  await m.insert(DescriptionAlert, alert);
  return alert;
}
