import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/audit';
import { recordAudit } from '../auth/audit';
import type { Config } from '../config';
import type { ArticleWrite } from '../contract/admin';
import { localTime } from '../contract/hours';
import { Article } from '../entities';
import { ArticleNotFoundError, SlugTakenError } from '../errors';
import { PROGRAMME_ZONE } from '../inbox/hours';
import { blockingHits, screen } from '../screen';

interface Props {
  /** The caller's transaction. */
  m: EntityManager;
  /** Where the word list is (CONTENT_DIR). */
  config: Pick<Config, 'CONTENT_DIR'>;
  actor: Actor;
  now: Date;
  /** Absent for a new article. */
  id?: string;
  input: ArticleWrite;
}

/**
 * Saves an article written in the console. `screening` says whether the screener still blocks it
 * (blocked) or not (clear); what WeChat last answered (`wechat`, with its URL) is kept as it was.
 */
export default async function articleSave({ m, config, actor, now, id, input }: Props): Promise<Article> {
  const blocked = blockingHits(screen(config, `${input.title}\n${input.summary}\n${input.body}`)).length;
  const screening = blocked > 0 ? 'blocked' : 'clear';
  const clash = await m.findOne(Article, { where: { slug: input.slug, lang: input.lang } });
  if (clash && clash.id !== id) throw SlugTakenError(input.slug, input.lang);
  const fields = { ...input, screening, updated: localTime(now, PROGRAMME_ZONE).date, contentHash: null } as const;
  let saved: Article;
  if (id) {
    const existing = await m.findOne(Article, { where: { id } });
    if (!existing) throw ArticleNotFoundError();
    const unchanged = (['slug', 'lang', 'category', 'title', 'summary', 'body'] as const).every((k) => existing[k] === input[k]);
    // Saving a published article without touching its text keeps it published.
    const keep = unchanged && existing.wechat.status === 'published';
    await m.update(Article, { id }, keep ? { listed: input.listed } : fields);
    saved = await m.findOneOrFail(Article, { where: { id } });
  } else {
    saved = await m.save(m.create(Article, { ...fields, source: 'console' }));
  }
  await recordAudit(m, actor, now, { action: 'article.save', target: { type: 'article', id: saved.id }, detail: { created: !id, screening: saved.screening, blockedHits: blocked } });
  return saved;
}
