import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import type { ScreenTarget } from '../contract/admin';
import { Article, Update } from '../entities';
import { NotFoundError } from '../errors';
import { ACCEPT } from '../screen/acceptances';

interface Props {
  /** The caller's manager: one line in the audit trail, which is where acceptances are read from. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  /** The article or update the acceptance is for: never every text. */
  target: ScreenTarget;
  word: string;
  /** Why the warning does not matter in this text. */
  reason: string;
}

export async function mustExist(m: EntityManager, target: ScreenTarget): Promise<void> {
  const found = await m.exists(target.type === 'article' ? Article : Update, { where: { id: target.id } });
  if (!found) throw NotFoundError(`There is no such ${target.type}`, { code: `${target.type}_not_found` });
}

/** Accepts a screener warning once, for one text, with a reason; recorded in the audit trail. */
export default async function warningAccept({ m, actor, now, target, word, reason }: Props): Promise<void> {
  await mustExist(m, target);
  await recordAudit(m, actor, now, { action: ACCEPT, target, detail: { word, reason } });
}
