import type { EntityManager } from 'typeorm';
import { ConsoleDraft } from '../entities';

interface Props {
  /** The caller's manager: one delete. */
  m: EntityManager;
  mediatorId: string;
  key: string;
}

/** Drops a draft once its text is saved or thrown away; only its owner's. */
export default async function draftDelete({ m, mediatorId, key }: Props): Promise<void> {
  await m.getRepository(ConsoleDraft).delete({ mediatorId, key });
}
