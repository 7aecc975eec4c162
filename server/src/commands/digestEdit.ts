import path from 'node:path';
import type { EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import type { DigestWrite } from '../contract/digest';
import { Digest } from '../entities';
import { ConflictError, DigestNotFoundError } from '../errors';
import { getScreener } from '../screen';

interface Props {
  /** The caller's transaction: the text and its audit line are written together. */
  m: EntityManager;
  id: string;
  input: DigestWrite;
  actor: Actor;
  now: Date;
  /** Where words.yaml is (config CONTENT_DIR). */
  contentDir: string;
}

/**
 * A mediator's edit of a digest's title and text. An approved digest goes back to draft: what is
 * published is what someone read last. Once published it is not edited here any more.
 */
export default async function digestEdit({ m, id, input, actor, now, contentDir }: Props): Promise<Digest> {
  const digest = await m.findOne(Digest, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!digest) throw DigestNotFoundError();
  if (digest.wechat.status === 'published') throw ConflictError('This digest is already published on the account: it can no longer be changed here');
  const screenHits = getScreener(path.join(contentDir, 'words.yaml')).screen(`${input.title}\n${input.markdown}`).length;
  await m.update(Digest, { id }, { title: input.title, markdown: input.markdown, screenHits, status: 'draft', approvedAt: null, updatedAt: now });
  await recordAudit(m, actor, now, { action: 'digest.edit', target: { type: 'digest', id }, detail: { city: digest.city, week: digest.weekStart, screenHits } });
  return m.findOneOrFail(Digest, { where: { id } });
}
