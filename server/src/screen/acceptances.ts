import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AuditEntry } from '../entities';
import type { Acceptance } from './accept';
import type { ScreenTarget } from '../contract/admin';

export const ACCEPT = 'screen.accept';
export const WITHDRAW = 'screen.withdraw';

/**
 * The warnings accepted for one text, read back from the audit trail (the trail is the record: who
 * accepted which word, when and why; a later withdrawal cancels it).
 */
export async function acceptancesFor(m: EntityManager, target: ScreenTarget): Promise<Acceptance[]> {
  const rows = await m.find(AuditEntry, {
    where: { targetType: target.type, targetId: target.id, action: In([ACCEPT, WITHDRAW]) },
    order: { at: 'ASC' },
  });
  const current = new Map<string, Acceptance>();
  for (const r of rows) {
    const word = String(r.detail?.word ?? '');
    if (!word) continue;
    if (r.action === WITHDRAW) current.delete(word);
    else current.set(word, { word, reason: String(r.detail?.reason ?? ''), by: r.username ?? undefined, at: r.at.toISOString() });
  }
  return [...current.values()];
}
