import { stringify } from 'yaml';
import type { Article } from '../../../entities';

/** The article as a file of content/articles/: front matter, a blank line, the Markdown. */
export function articleToMarkdownFile(a: Article): { filename: string; text: string } {
  const front = stringify({ slug: a.slug, lang: a.lang, category: a.category, title: a.title, summary: a.summary, updated: a.updated });
  return { filename: `${a.slug}.${a.lang}.md`, text: `---\n${front}---\n\n${a.body.trimEnd()}\n` };
}
