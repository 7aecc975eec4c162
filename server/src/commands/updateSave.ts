import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { addDays, type UpdateWrite } from '../contract/admin';
import { localTime } from '../contract/hours';
import { City, Update } from '../entities';
import { KeyTakenError, UpdateNotFoundError, ValidationError } from '../errors';
import { PROGRAMME_ZONE } from '../inbox/hours';

/** Further than this from today, a date is a typing slip (2062 for 2026), not a plan. */
const HORIZON_DAYS = 366;

/** Refuses dates that cannot be what the mediator meant, naming the field to correct. */
function checkDates(today: string, publishedOn: string, expiresOn: string | null, expiresChanged: boolean): void {
  if (publishedOn > addDays(today, HORIZON_DAYS) || publishedOn < addDays(today, -HORIZON_DAYS)) {
    throw ValidationError(`publishedOn: must be within a year of today (${today})`, { code: 'date_too_far', field: 'publishedOn' });
  }
  // An end date kept as it was (an update ended with "remove now" ends yesterday) is not re-judged.
  if (expiresOn === null || !expiresChanged) return;
  if (expiresOn < publishedOn) throw ValidationError('expiresOn: must be on or after publishedOn', { code: 'dates_out_of_order', field: 'expiresOn' });
  if (expiresOn > addDays(publishedOn, HORIZON_DAYS)) {
    throw ValidationError('expiresOn: must be within a year of publishedOn', { code: 'date_too_far', field: 'expiresOn' });
  }
  if (expiresOn < today) {
    throw ValidationError(`expiresOn: ${expiresOn} is already past, so the update would never show`, { code: 'already_expired', field: 'expiresOn' });
  }
}

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  /** Absent for a new update. */
  id?: string;
  input: UpdateWrite;
}

/** Saves an update; the mini-program shows it from `publishedOn` (today by default) at the next refresh. */
export default async function updateSave({ m, actor, now, id, input }: Props): Promise<Update> {
  const today = localTime(now, PROGRAMME_ZONE).date;
  const publishedOn = input.publishedOn ?? today;
  const existing = id ? await m.findOne(Update, { where: { id } }) : null;
  if (id && !existing) throw UpdateNotFoundError();
  checkDates(today, publishedOn, input.expiresOn, existing?.expiresOn !== input.expiresOn);
  if (input.city !== null && !(await m.exists(City, { where: { slug: input.city } }))) {
    throw ValidationError(`city: there is no city "${input.city}" in the directory`, { code: 'city_not_found', field: 'city' });
  }
  const clash = await m.findOne(Update, { where: { key: input.key, lang: input.lang } });
  if (clash && clash.id !== id) throw KeyTakenError(input.key, input.lang);
  const fields = { ...input, publishedOn, contentHash: null };
  let saved: Update;
  if (id) {
    await m.update(Update, { id }, fields);
    saved = await m.findOneOrFail(Update, { where: { id } });
  } else {
    saved = await m.save(m.create(Update, { ...fields, source: 'console' }));
  }
  await recordAudit(m, actor, now, { action: 'update.save', target: { type: 'update', id: saved.id }, detail: { created: !id } });
  return saved;
}
