import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { parseYamlText, readYamlText, YamlError } from '../content/yaml';

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

/**
 * A list the team wrote wrongly: the message is `file:line: entry: reason` like every YAML file's, with
 * the entry (`words[3] "避孕套"`) and the bare reason kept apart for tools.
 */
export class WordListError extends YamlError {
  override readonly reason: string;

  constructor(
    file: string,
    readonly entry: string,
    reason: string,
    line?: number,
  ) {
    super(file, line, `${entry}: ${reason}`);
    this.name = 'WordListError';
    this.reason = reason;
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
  const { doc, lineOf } = parseYamlText(source, file, {
    uniqueKeys: true,
    syntaxError: (line, message) => new WordListError(file, 'YAML', message, line),
  });
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
  return parseWordList(readYamlText(file, (reason) => new WordListError(file, 'file', reason)), file);
}
