import type { AppDeps } from '../../../context';
import { localTime } from '../../../contract/hours';
import { Article } from '../../../entities';
import type { Actor } from '../../../auth/audit';
import { recordAudit } from '../../../auth/audit';
import { ArticleNotFoundError, SlugTakenError } from '../../../errors';
import type { ArticleWrite } from '../../../contract/admin';
import { blockingHits, screen } from '../screen/screener';

export const PROGRAMME_ZONE = 'Europe/Paris';

interface Props {
  deps: AppDeps;
  actor: Actor;
  /** Absent for a new article. */
  id?: string;
  input: ArticleWrite;
}

/**
 * Saves an article written in the console. Its status says whether the screener still blocks it
 * (draft) or not (screened); a published article goes back to one of those once edited, keeping its URL.
 */
export async function saveArticle({ deps, actor, id, input }: Props): Promise<Article> {
  const now = deps.now();
  const blocked = blockingHits(screen(deps.config, `${input.title}\n${input.summary}\n${input.body}`)).length;
  const status = blocked > 0 ? 'draft' : 'screened';
  return deps.db.dataSource.transaction(async (m) => {
    const clash = await m.findOne(Article, { where: { slug: input.slug, lang: input.lang } });
    if (clash && clash.id !== id) throw SlugTakenError(input.slug, input.lang);
    const fields = { ...input, status, updated: localTime(now, PROGRAMME_ZONE).date, contentHash: null } as const;
    let saved: Article;
    if (id) {
      const existing = await m.findOne(Article, { where: { id } });
      if (!existing) throw ArticleNotFoundError();
      const unchanged = (['slug', 'lang', 'category', 'title', 'summary', 'body'] as const).every((k) => existing[k] === input[k]);
      // Saving a published article without touching its text keeps it published.
      const keep = unchanged && existing.status === 'published';
      await m.update(Article, { id }, keep ? { listed: input.listed } : fields);
      saved = await m.findOneOrFail(Article, { where: { id } });
    } else {
      saved = await m.save(m.create(Article, { ...fields, source: 'console' }));
    }
    await recordAudit(m, actor, now, { action: 'article.save', target: { type: 'article', id: saved.id }, detail: { created: !id, status: saved.status, blockedHits: blocked } });
    return saved;
  });
}
