import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import {
  ArticleFrontMatterSchema,
  CityFileSchema,
  UpdatesFileSchema,
  type ArticleFrontMatter,
  type CityFile,
  type UpdateItem,
} from './schema';

/** A content file the import refuses, with where and why, so a mediator can fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

export interface ArticleSource extends ArticleFrontMatter {
  body: string;
  file: string;
}

export interface Content {
  cities: Array<CityFile & { file: string }>;
  articles: ArticleSource[];
  updates: UpdateItem[];
}

function lineOf(doc: Document, counter: LineCounter, at: Array<string | number>, lineOffset: number): number {
  for (let n = at.length; n >= 0; n--) {
    const node = doc.getIn(at.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
  }
  return 1 + lineOffset;
}

function parseYaml<S extends z.ZodTypeAny>(text: string, schema: S, file: string, lineOffset = 0): z.infer<S> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new ContentError(file, counter.linePos(err.pos[0]).line + lineOffset, `YAML: ${err.message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = at.length ? `${at.join('.')}: ` : '';
    throw new ContentError(file, lineOf(doc, counter, at, lineOffset), `${where}${issue.message}`);
  }
  return parsed.data;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseArticle(text: string, file: string): ArticleSource {
  const m = FRONT_MATTER.exec(text);
  if (!m) throw new ContentError(file, 1, 'an article starts with front matter between two --- lines');
  const meta = parseYaml(m[1], ArticleFrontMatterSchema, file, 1);
  const expected = path.basename(file);
  if (expected !== `${meta.slug}.${meta.lang}.md`) {
    throw new ContentError(file, 1, `the file name must be ${meta.slug}.${meta.lang}.md (slug.lang.md)`);
  }
  const body = text.slice(m[0].length).trim();
  if (!body) throw new ContentError(file, m[0].split('\n').length, 'the article has no text after its front matter');
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

/** Reads and validates all of content/; throws a ContentError at the first bad file, having changed nothing. */
export function loadContent(root: string): Content {
  const rel = (f: string) => {
    const r = path.relative(process.cwd(), f);
    return r && !r.startsWith('..') ? r : f;
  };
  const cities = listFiles(path.join(root, 'directory'), '.yaml').map((f) => {
    const city = parseYaml(fs.readFileSync(f, 'utf8'), CityFileSchema, rel(f));
    if (path.basename(f) !== `${city.city}.yaml`) throw new ContentError(rel(f), 1, `the file name must be ${city.city}.yaml`);
    return { ...city, file: rel(f) };
  });
  const articles = listFiles(path.join(root, 'articles'), '.md').map((f) => parseArticle(fs.readFileSync(f, 'utf8'), rel(f)));
  const seen = new Map<string, string>();
  for (const a of articles) {
    const key = `${a.slug}.${a.lang}`;
    if (seen.has(key)) throw new ContentError(a.file, 1, `${key} is also written in ${seen.get(key)}`);
    seen.set(key, a.file);
  }
  const updatesFile = path.join(root, 'updates.yaml');
  const updates = fs.existsSync(updatesFile) ? parseYaml(fs.readFileSync(updatesFile, 'utf8'), UpdatesFileSchema, rel(updatesFile)) : [];
  const keys = new Set<string>();
  for (const u of updates) {
    if (keys.has(u.key)) throw new ContentError(rel(updatesFile), 1, `update key ${u.key} is used twice`);
    keys.add(u.key);
  }
  return { cities, articles, updates };
}
