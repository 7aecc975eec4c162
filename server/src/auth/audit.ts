import type { EntityManager } from 'typeorm';
import { AuditEntry } from '../entities';

export interface Actor {
  id: string;
  username: string;
}

export interface AuditRecord {
  /** `<thing>.<verb>`: article.save, article.publish, article.override, update.expire, login, moderation.… */
  action: string;
  target?: { type: string; id: string };
  /** Outcomes, codes, reasons written for overrides — never a message body or a reporter's identifier. */
  detail?: Record<string, string | number | boolean | null>;
}

/** Appends one line to the audit trail, in the caller's transaction when it has one. */
export async function recordAudit(m: EntityManager, actor: Actor | null, at: Date, record: AuditRecord): Promise<void> {
  await m.insert(AuditEntry, {
    at,
    mediatorId: actor?.id ?? null,
    username: actor?.username ?? null,
    action: record.action,
    targetType: record.target?.type ?? null,
    targetId: record.target?.id ?? null,
    detail: record.detail ?? null,
  });
}
