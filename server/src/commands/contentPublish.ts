import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import type { AppDeps } from '../context';
import { isWechatLang, type Lang } from '../contract/lang';
import { BlockedError, LangNotForWechatError } from '../errors';
import { blockingHits, screen } from '../screen';
import { accountGateway } from '../wechat/gateway';
import { publishToWechat, type PublishOutcome } from '../wechat/publish';

interface Props {
  deps: AppDeps;
  actor: Actor;
  target: { type: 'article' | 'update'; id: string };
  piece: { lang: Lang; title: string; summary: string; markdown: string; mediaId: string | null };
  override?: string;
  /** Stores the outcome on the row, in the same transaction as the audit line. */
  persist(m: EntityManager, outcome: PublishOutcome, now: Date): Promise<void>;
}

/**
 * The one way an article or update reaches the official account: refuses a language the screener does
 * not know, and refuses while blocking words remain
 * unless a reason is written (kept in the audit trail), sends it, records what WeChat answered. Unlike
 * other commands it takes no transaction from its route: none may be held during the call to WeChat
 * (seconds), so it opens its own, short one afterwards for the row and the audit lines.
 */
export default async function contentPublish({ deps, actor, target, piece, override, persist }: Props): Promise<PublishOutcome> {
  // Refused before anything is screened or sent when the account is not set up.
  accountGateway(deps);
  if (!isWechatLang(piece.lang)) throw LangNotForWechatError(piece.lang);
  const blocked = blockingHits(screen(deps.config, `${piece.title}\n${piece.summary}\n${piece.markdown}`));
  if (blocked.length > 0 && !override) throw BlockedError(blocked.length);
  // No transaction is held during the call to WeChat: it can take seconds.
  const outcome = await publishToWechat(deps, { title: piece.title, summary: piece.summary, markdown: piece.markdown, mediaId: piece.mediaId });
  const now = deps.now();
  await deps.db.dataSource.transaction(async (m) => {
    if (blocked.length > 0 && override) {
      const categories = [...new Set(blocked.map((h) => h.category))].join(', ');
      await recordAudit(m, actor, now, { action: `${target.type}.override`, target, detail: { reason: override, blockedHits: blocked.length, categories } });
    }
    await persist(m, outcome, now);
    await recordAudit(m, actor, now, {
      action: `${target.type}.publish`,
      target,
      detail: { outcome: outcome.status, code: outcome.status === 'failed' ? outcome.code : null },
    });
  });
  return outcome;
}
