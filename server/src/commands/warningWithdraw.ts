import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import type { ScreenTarget } from '../contract/admin';
import { WITHDRAW } from '../screen/acceptances';
import { mustExist } from './warningAccept';

interface Props {
  /** The caller's manager: one line in the audit trail. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  target: ScreenTarget;
  word: string;
}

/** Withdraws an accepted warning for one text: the word shows as a plain warning again. */
export default async function warningWithdraw({ m, actor, now, target, word }: Props): Promise<void> {
  await mustExist(m, target);
  await recordAudit(m, actor, now, { action: WITHDRAW, target, detail: { word } });
}
