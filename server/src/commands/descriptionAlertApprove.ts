import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import type { DescriptionLevel } from '../contract/descriptionAlerts';
import { scrubDescription } from '../descriptionAlerts/scrub';
import { DescriptionAlert } from '../entities';
import { DescriptionAlertNotFoundError, DescriptionBlockedError } from '../errors';

interface Props {
  /** The caller's transaction: the new text, the decision and its audit line are written together. */
  m: EntityManager;
  id: string;
  /** The text as it will be shown: it replaces the one sent (the original is not kept). */
  input: { text: string; area?: string; level: DescriptionLevel };
  actor: Actor;
  now: Date;
  /** The block-level words the screener finds in a text; an exception when it cannot screen stops the approval. */
  blockedWords: (text: string) => string[];
}

/**
 * Approves a pending alert, or edits an approved one (text, area, level): either way it is then shown
 * as the moderator left it. Her text is scrubbed again (a moderator may paste a number too) and must
 * hold no blocked word. Audited with the alert's id, level and categories, never its text.
 */
export default async function descriptionAlertApprove({ m, id, input, actor, now, blockedWords }: Props): Promise<{ alert: DescriptionAlert; first: boolean }> {
  const alert = await m.findOne(DescriptionAlert, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!alert) throw DescriptionAlertNotFoundError();
  const text = scrubDescription(input.text);
  const area = input.area === undefined ? alert.area : input.area ? scrubDescription(input.area) : null;
  const blocked = [...new Set([...blockedWords(text), ...(area ? blockedWords(area) : [])])];
  if (blocked.length) throw DescriptionBlockedError(blocked);
  const first = alert.status === 'pending';
  const edited = text !== alert.text || area !== alert.area;
  const from = { status: alert.status, level: alert.level };
  Object.assign(alert, { text, area, level: input.level, status: 'approved', decidedAt: now });
  await m.update(DescriptionAlert, { id }, { text, area, level: input.level, status: 'approved', decidedAt: now });
  await recordAudit(m, actor, now, {
    action: first ? 'description.approve' : 'description.edit',
    target: { type: 'description_alert', id },
    detail: { from: from.status, to: 'approved', fromLevel: from.level, level: input.level, edited, city: alert.city, categories: alert.categories.join(',') },
  });
  return { alert, first };
}
