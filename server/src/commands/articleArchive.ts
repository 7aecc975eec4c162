import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import { Article } from '../entities';
import { ArticleNotFoundError } from '../errors';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  actor: Actor;
  now: Date;
  id: string;
  /** false brings an archived article back. */
  archive: boolean;
}

/** Archiving takes an article out of the mini-program; bringing it back leaves listing it to a deliberate save. */
export default async function articleArchive({ m, actor, now, id, archive }: Props): Promise<Article> {
  const row = await m.findOne(Article, { where: { id } });
  if (!row) throw ArticleNotFoundError();
  await m.update(Article, { id }, archive ? { archivedAt: now, listed: false } : { archivedAt: null });
  await recordAudit(m, actor, now, { action: `article.${archive ? 'archive' : 'unarchive'}`, target: { type: 'article', id } });
  return m.findOneOrFail(Article, { where: { id } });
}
