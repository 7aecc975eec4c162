import path from 'node:path';
import { recordAudit, type Actor } from '../auth/audit';
import type { AppDeps } from '../context';
import { Digest } from '../entities';
import { BlockedError, ConflictError, DigestNotApprovedError, DigestNotFoundError } from '../errors';
import { getScreener } from '../screen';
import { accountGateway } from '../wechat/gateway';
import { markPublished, type MarkPublishedProps } from '../wechat/markPublished';
import { publishToWechat, type PublishOutcome } from '../wechat/publish';

interface Props {
  deps: AppDeps;
  actor: Actor;
  id: string;
  /** A written reason to publish although blocking words remain (kept in the audit trail). */
  override?: string;
  /** freepublish/get polling, shortened by tests. */
  poll?: { pollIntervalMs: number; pollAttempts: number };
}

const summaryOf = (markdown: string) => {
  const first = markdown.split('\n').find((l) => l.trim()) ?? '';
  return first.replace(/\*\*/g, '').trim();
};

/**
 * Publishes an approved digest through the account's publish path (publishToWechat: draft/add, then
 * freepublish, which notifies nobody). No transaction is held while WeChat answers; the outcome is
 * stored on the digest with its audit line.
 */
export default async function digestPublish({ deps, actor, id, override, poll }: Props): Promise<PublishOutcome> {
  // Refused before anything is read or sent when the account is not set up.
  accountGateway(deps);
  const digest = await deps.db.dataSource.getRepository(Digest).findOne({ where: { id } });
  if (!digest) throw DigestNotFoundError();
  if (digest.wechat.status === 'published') throw ConflictError('This digest is already published on the account');
  if (digest.status !== 'approved') throw DigestNotApprovedError();
  const blocked = getScreener(path.join(deps.config.CONTENT_DIR, 'words.yaml'))
    .screen(`${digest.title}\n${digest.markdown}`)
    .filter((h) => h.level === 'block');
  if (blocked.length > 0 && !override) {
    throw BlockedError(blocked.length);
  }
  const outcome = await publishToWechat(deps, { title: digest.title, summary: summaryOf(digest.markdown), markdown: digest.markdown, mediaId: digest.wechat.mediaId }, poll);
  const now = deps.now();
  await deps.db.dataSource.transaction(async (m) => {
    if (blocked.length > 0 && override) {
      await recordAudit(m, actor, now, { action: 'digest.override', target: { type: 'digest', id }, detail: { reason: override, blockedHits: blocked.length } });
    }
    const wechat =
      outcome.status === 'published'
        ? { status: 'published' as const, url: outcome.url, mediaId: outcome.mediaId, error: null }
        : outcome.status === 'draft'
          ? { status: 'draft' as const, url: null, mediaId: outcome.mediaId, error: null }
          : { status: 'failed' as const, url: null, mediaId: digest.wechat.mediaId, error: outcome.code };
    await m.update(Digest, { id }, { wechat, updatedAt: now });
    await recordAudit(m, actor, now, {
      action: 'digest.publish',
      target: { type: 'digest', id },
      detail: { outcome: outcome.status, code: outcome.status === 'failed' ? outcome.code : null },
    });
  });
  return outcome;
}

/**
 * The draft-box path (48001: the account may not publish through the API): someone pressed Publish at
 * mp.weixin.qq.com and pastes the article's link back.
 */
export function digestMarkPublished({ m, id, url, actor, now }: MarkPublishedProps): Promise<Digest> {
  return markPublished({ m, entity: Digest, id, url, actor, now, kind: 'digest', notFound: DigestNotFoundError, also: { updatedAt: now } });
}
