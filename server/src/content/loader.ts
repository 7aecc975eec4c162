import fs from 'node:fs';
import path from 'node:path';
import {
  ArticleFrontMatterSchema,
  CityFileSchema,
  UpdatesFileSchema,
  type ArticleFrontMatter,
  type CityFile,
  type UpdateItem,
} from './schema';
import { parseYaml, YamlError } from './yaml';

export interface ArticleSource extends ArticleFrontMatter {
  body: string;
  file: string;
}

export interface Content {
  cities: Array<CityFile & { file: string }>;
  articles: ArticleSource[];
  updates: UpdateItem[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseArticle(text: string, file: string): ArticleSource {
  const m = FRONT_MATTER.exec(text);
  if (!m) throw new YamlError(file, 1, 'an article starts with front matter between two --- lines');
  const meta = parseYaml(m[1], ArticleFrontMatterSchema, file, { lineOffset: 1 });
  const expected = path.basename(file);
  if (expected !== `${meta.slug}.${meta.lang}.md`) {
    throw new YamlError(file, 1, `the file name must be ${meta.slug}.${meta.lang}.md (slug.lang.md)`);
  }
  const body = text.slice(m[0].length).trim();
  if (!body) throw new YamlError(file, m[0].split('\n').length, 'the article has no text after its front matter');
  return { ...meta, body, file };
}

function listFiles(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads and validates all of content/; throws a YamlError at the first bad file, having changed nothing. */
export function loadContent(root: string): Content {
  const rel = (f: string) => {
    const r = path.relative(process.cwd(), f);
    return r && !r.startsWith('..') ? r : f;
  };
  const cities = listFiles(path.join(root, 'directory'), '.yaml').map((f) => {
    const city = parseYaml(fs.readFileSync(f, 'utf8'), CityFileSchema, rel(f));
    if (path.basename(f) !== `${city.city}.yaml`) throw new YamlError(rel(f), 1, `the file name must be ${city.city}.yaml`);
    return { ...city, file: rel(f) };
  });
  const articles = listFiles(path.join(root, 'articles'), '.md').map((f) => parseArticle(fs.readFileSync(f, 'utf8'), rel(f)));
  const seen = new Map<string, string>();
  for (const a of articles) {
    const key = `${a.slug}.${a.lang}`;
    if (seen.has(key)) throw new YamlError(a.file, 1, `${key} is also written in ${seen.get(key)}`);
    seen.set(key, a.file);
  }
  const updatesFile = path.join(root, 'updates.yaml');
  const updates = fs.existsSync(updatesFile) ? parseYaml(fs.readFileSync(updatesFile, 'utf8'), UpdatesFileSchema, rel(updatesFile)) : [];
  const keys = new Set<string>();
  for (const u of updates) {
    if (keys.has(u.key)) throw new YamlError(rel(updatesFile), 1, `update key ${u.key} is used twice`);
    keys.add(u.key);
  }
  return { cities, articles, updates };
}
