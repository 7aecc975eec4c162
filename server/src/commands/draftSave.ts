import type { EntityManager } from 'typeorm';
import { ConsoleDraft } from '../entities';

interface Props {
  /** The caller's manager: one upsert. */
  m: EntityManager;
  mediatorId: string;
  /** The editor: `article:new`, `update:<id>`, … */
  key: string;
  fields: ConsoleDraft['fields'];
  now: Date;
}

/** Keeps a mediator's unsaved editor text, one draft per editor, replaced at each save. */
export default async function draftSave({ m, mediatorId, key, fields, now }: Props): Promise<Date> {
  await m.getRepository(ConsoleDraft).upsert({ mediatorId, key, fields, savedAt: now }, ['mediatorId', 'key']);
  return now;
}
