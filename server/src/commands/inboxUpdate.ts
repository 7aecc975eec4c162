import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import { InboxConversation, Mediator } from '../entities';
import { NotFoundError, ValidationError } from '../errors';
import type { InboxCrypto } from '../inbox/crypto';

interface Props {
  m: EntityManager;
  crypto: InboxCrypto;
  actor: Actor;
  now: Date;
  conversationId: string;
  /** A console username, or null to unassign. */
  assignedTo?: string | null;
  done?: boolean;
  /** The internal note, sealed; empty clears it. */
  note?: string;
}

/** Assign, mark done (or open again), write the note; each change one audit line, never the note's words. */
export default async function inboxUpdate({ m, crypto, actor, now, conversationId, assignedTo, done, note }: Props): Promise<InboxConversation> {
  const c = await m.findOne(InboxConversation, { where: { id: conversationId }, lock: { mode: 'pessimistic_write' } });
  if (!c) throw NotFoundError('There is no such conversation: it may have passed the retention period');
  const target = { type: 'inbox', id: c.id };
  if (assignedTo !== undefined) {
    const mediator = assignedTo === null ? null : await m.findOne(Mediator, { where: { username: assignedTo } });
    if (assignedTo !== null && (!mediator || mediator.disabledAt)) throw ValidationError(`assignedTo: there is no active console account named ${assignedTo}`, { code: 'account_not_found', field: 'assignedTo' });
    c.assignedTo = mediator?.id ?? null;
    await recordAudit(m, actor, now, { action: 'inbox.assign', target, detail: { username: mediator?.username ?? null } });
  }
  if (done !== undefined && done !== c.done) {
    c.done = done;
    // Done means handled: the flag comes back with the next crisis word.
    if (done) c.crisis = false;
    if (done) c.unread = 0;
    await recordAudit(m, actor, now, { action: done ? 'inbox.done' : 'inbox.reopen', target });
  }
  if (note !== undefined) {
    c.noteSealed = note ? crypto.seal(note, 'note') : null;
    await recordAudit(m, actor, now, { action: 'inbox.note', target, detail: { cleared: !note } });
  }
  return m.save(InboxConversation, c);
}
