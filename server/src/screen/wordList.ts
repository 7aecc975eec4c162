import fs from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';

export const LEVELS = ['block', 'warn'] as const;
export type Level = (typeof LEVELS)[number];

export const WordEntrySchema = z
  .object({
    word: z.string().trim().min(1, 'is empty'),
    category: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lowercase tag such as sexual-health'),
    level: z.enum(LEVELS, { error: 'must be "block" or "warn"' }),
    suggest: z.array(z.string().trim().min(1, 'is empty')).default([]),
  })
  .strict();
export type WordEntry = z.infer<typeof WordEntrySchema> & { line?: number };

export interface AllowEntry {
  phrase: string;
  line?: number;
}

export interface WordList {
  /** Where the list came from, for error messages. */
  file: string;
  words: WordEntry[];
  allow: AllowEntry[];
}

/** A list the team wrote wrongly: says which file, which entry and why, so it can be fixed without a debugger. */
export class WordListError extends Error {
  constructor(
    readonly file: string,
    readonly entry: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${entry}: ${reason}`);
    this.name = 'WordListError';
  }
}

export function describeWord(index: number, word?: unknown): string {
  return typeof word === 'string' ? `words[${index}] "${word}"` : `words[${index}]`;
}

export function describeAllow(index: number, phrase?: unknown): string {
  return typeof phrase === 'string' ? `allow[${index}] "${phrase}"` : `allow[${index}]`;
}

function issueText(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${field}is missing`;
  return `${field}${issue.message}`;
}

/** Parses and checks the YAML text of a word list; structural problems throw WordListError. */
export function parseWordList(source: string, file: string): WordList {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new WordListError(file, 'YAML', e.message.split('\n')[0], e.linePos?.[0]?.line);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new WordListError(file, 'top level', 'must be a mapping with "words" and "allow"', lineOf(root));
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (key !== 'words' && key !== 'allow') throw new WordListError(file, 'top level', `unknown key "${key}" (expected words, allow)`);
  }
  const wordsNode = root.get('words', true);
  if (!isSeq(wordsNode)) throw new WordListError(file, 'words', 'must be a list of entries', lineOf(wordsNode ?? root));
  const words = wordsNode.items.map((item, index): WordEntry => {
    const raw: unknown = (item as YamlNode).toJSON?.() ?? item;
    const line = lineOf(item as YamlNode);
    const parsed = WordEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const word = typeof raw === 'object' && raw !== null ? (raw as { word?: unknown }).word : undefined;
      throw new WordListError(file, describeWord(index, word), issueText(parsed.error.issues[0]), line);
    }
    return { ...parsed.data, line };
  });
  const allowNode = root.get('allow', true);
  if (allowNode !== undefined && !isSeq(allowNode)) throw new WordListError(file, 'allow', 'must be a list of phrases', lineOf(allowNode));
  const allow = (allowNode?.items ?? []).map((item, index): AllowEntry => {
    const raw: unknown = (item as YamlNode).toJSON?.() ?? item;
    const line = lineOf(item as YamlNode);
    if (typeof raw !== 'string' || raw.trim() === '') throw new WordListError(file, describeAllow(index), 'must be a non-empty text', line);
    return { phrase: raw.trim(), line };
  });
  return { file, words, allow };
}

/** Reads a word list file; an unreadable file is a WordListError too (exit code 2 in the CLI). */
export function loadWordList(file: string): WordList {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new WordListError(file, 'file', `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseWordList(source, file);
}
