import type { Actor } from '../../../auth/audit';
import { recordAudit } from '../../../auth/audit';
import type { AppDeps } from '../../../context';
import { localTime, previousDay } from '../../../contract/hours';
import { Update } from '../../../entities';
import { ConflictError, NotFoundError, ValidationError } from '../../../errors';
import { PROGRAMME_ZONE } from '../articles/save';
import type { UpdateWrite } from '../schema';

export const NoSuchUpdate = () => NotFoundError('There is no such update');

/** Saves an update; the mini-program shows it from `publishedOn` (today by default) at the next refresh. */
export async function saveUpdate({ deps, actor, id, input }: { deps: AppDeps; actor: Actor; id?: string; input: UpdateWrite }): Promise<Update> {
  const now = deps.now();
  const publishedOn = input.publishedOn ?? localTime(now, PROGRAMME_ZONE).date;
  if (input.expiresOn && input.expiresOn < publishedOn) throw ValidationError('expiresOn: must be on or after publishedOn');
  return deps.db.dataSource.transaction(async (m) => {
    const clash = await m.findOne(Update, { where: { key: input.key, lang: input.lang } });
    if (clash && clash.id !== id) throw ConflictError(`An update "${input.key}" in ${input.lang} already exists`);
    const fields = { ...input, publishedOn, contentHash: null };
    let saved: Update;
    if (id) {
      if (!(await m.findOne(Update, { where: { id } }))) throw NoSuchUpdate();
      await m.update(Update, { id }, fields);
      saved = await m.findOneOrFail(Update, { where: { id } });
    } else {
      saved = await m.save(m.create(Update, { ...fields, source: 'console' }));
    }
    await recordAudit(m, actor, now, { action: 'update.save', target: { type: 'update', id: saved.id }, detail: { created: !id } });
    return saved;
  });
}

/** Hides an update from now on: it showed through its expiry day, so that day becomes yesterday. */
export async function expireUpdate({ deps, actor, id }: { deps: AppDeps; actor: Actor; id: string }): Promise<Update> {
  const now = deps.now();
  const yesterday = previousDay(localTime(now, PROGRAMME_ZONE).date);
  return deps.db.dataSource.transaction(async (m) => {
    if (!(await m.findOne(Update, { where: { id } }))) throw NoSuchUpdate();
    await m.update(Update, { id }, { expiresOn: yesterday, contentHash: null });
    await recordAudit(m, actor, now, { action: 'update.expire', target: { type: 'update', id } });
    return m.findOneOrFail(Update, { where: { id } });
  });
}
