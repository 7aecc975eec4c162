import fs from 'node:fs';
import path from 'node:path';
import { extractSegments, SCREENED_EXTENSIONS } from '../extract';
import type { Screener } from '../screener';

/**
 * The labelled corpus the screener is measured on (`bench:screen`, corpus.test.ts):
 * - must-not-block: honest health, rights and safety prose in the programme's register (clean.txt, written
 *   for the traps: test results, compounds, measure words), plus every sentence of the shipped content;
 * - evasions: sentences that deliberately hide a block-level word, one line per evasion with its class
 *   (evasions.tsv, every class the matcher handles).
 */

export interface Evasion {
  kind: string;
  /** The listed word hidden in the sentence. */
  word: string;
  text: string;
}

export interface Corpus {
  clean: { text: string; source: string }[];
  evasions: Evasion[];
}

const here = __dirname;

/** Lines of a corpus file without blanks and `#` comments. */
function lines(file: string): string[] {
  return fs
    .readFileSync(path.join(here, file), 'utf8')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

/** Unescapes \uXXXX in the evasions file, so zero-width and other invisible characters stay visible in review. */
function unescape(s: string): string {
  return s.replace(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g, (_, a, b) => String.fromCodePoint(parseInt(a ?? b, 16)));
}

/** Every sentence a reader sees in the shipped content: Markdown bodies and front matter, YAML values. */
export function contentSentences(dir: string): { text: string; source: string }[] {
  const out: { text: string; source: string }[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SCREENED_EXTENSIONS.includes(path.extname(entry.name)) && entry.name !== 'words.yaml' && entry.name !== 'README.md') {
        const source = path.relative(dir, full);
        for (const seg of extractSegments(full, fs.readFileSync(full, 'utf8'))) {
          if (seg.group !== undefined && !seg.exact) continue;
          for (const sentence of seg.text.split(/(?<=[。！？!?])|\n/)) {
            if (/[\p{L}\p{N}]/u.test(sentence)) out.push({ text: sentence.trim(), source });
          }
        }
      }
    }
  };
  walk(dir);
  return out;
}

export function loadCorpus(contentDir = path.resolve(here, '../../../../content')): Corpus {
  const clean = [...lines('clean.txt').map((text) => ({ text, source: 'clean.txt' })), ...contentSentences(contentDir)];
  const evasions = lines('evasions.tsv').map((line, i) => {
    const [kind, word, text] = line.split('\t');
    if (!kind || !word || !text) throw new Error(`evasions.tsv: line ${i + 1} needs kind, word and text separated by tabs`);
    return { kind, word, text: unescape(text) };
  });
  return { clean, evasions };
}

export interface Scores {
  clean: number;
  /** Must-not-block sentences the screener blocked. */
  falseBlocks: { text: string; source: string; words: string[] }[];
  evasions: number;
  /** Evasions whose word the screener blocked. */
  found: number;
  missed: Evasion[];
  perKind: Map<string, { found: number; total: number }>;
  precision: number;
  recall: number;
}

/** Block = positive: precision over everything blocked, recall over the evasions. */
export function score(screener: Screener, corpus: Corpus): Scores {
  const falseBlocks = corpus.clean.flatMap((c) => {
    const words = screener.screen(c.text).filter((h) => h.level === 'block').map((h) => h.word);
    return words.length > 0 ? [{ ...c, words }] : [];
  });
  const missed: Evasion[] = [];
  const perKind = new Map<string, { found: number; total: number }>();
  for (const e of corpus.evasions) {
    const k = perKind.get(e.kind) ?? { found: 0, total: 0 };
    perKind.set(e.kind, k);
    k.total++;
    if (screener.screen(e.text).some((h) => h.level === 'block' && h.word === e.word)) k.found++;
    else missed.push(e);
  }
  const found = corpus.evasions.length - missed.length;
  return {
    clean: corpus.clean.length,
    falseBlocks,
    evasions: corpus.evasions.length,
    found,
    missed,
    perKind,
    precision: found + falseBlocks.length === 0 ? 1 : found / (found + falseBlocks.length),
    recall: corpus.evasions.length === 0 ? 1 : found / corpus.evasions.length,
  };
}
