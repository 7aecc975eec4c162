import { foldTables, LETTER } from '../../server/src/screen/fold';
import { traditionalToSimplified } from '../../server/src/screen/tradSimp';
import type { WordEntry, WordList } from '../../server/src/screen/wordList';

/** Deterministic pseudo-random numbers (mulberry32): the same corpus on every run and machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];

/** Simplified characters that fold to themselves: text any engine reads the same way. */
export function characterPool(): string[] {
  const { fold, kind } = foldTables();
  const simplified = new Set(traditionalToSimplified().values());
  return [...simplified].filter((c) => kind[c] === LETTER && fold[c] === c && c >= 0x4e00 && c <= 0x9fff).map((c) => String.fromCharCode(c));
}

/** The shipped list topped up with made-up Chinese words to `size` entries, all block level. */
export function benchList(shipped: WordList, pool: string[], size: number): WordList {
  const rnd = random(7);
  const words: WordEntry[] = shipped.words.map((w) => ({ ...w, level: 'block', suggest: [] }));
  const seen = new Set(words.map((w) => w.word));
  while (words.length < size) {
    const len = 2 + Math.floor(rnd() * 3);
    let word = '';
    for (let k = 0; k < len; k++) word += pick(rnd, pool);
    if (seen.has(word)) continue;
    seen.add(word);
    words.push({ word, category: 'bench', level: 'block', suggest: [] });
  }
  return { file: 'bench list', words, allow: [] };
}

export interface Evasion {
  kind: string;
  word: string;
  written: string;
}

const FULL_WIDTH = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const CIRCLED = '⓪①②③④⑤⑥⑦⑧⑨';
const CJK_DIGITS = '〇一二三四五六七八九';

/** Each evasion class the issue names, built from words of the list that allow it. */
export function evasions(list: WordList, perKind: number): Evasion[] {
  const rnd = random(11);
  const toTraditional = new Map<string, string>();
  for (const [t, s] of traditionalToSimplified()) {
    const key = String.fromCharCode(s);
    if (!toTraditional.has(key)) toTraditional.set(key, String.fromCharCode(t));
  }
  const chinese = list.words.map((w) => w.word).filter((w) => /^[\u4e00-\u9fff]{2,}$/.test(w));
  const traditional = chinese.filter((w) => [...w].some((c) => toTraditional.has(c)));
  const latin = list.words.map((w) => w.word).filter((w) => /^[A-Za-z]{3,}$/.test(w));
  const digits = list.words.map((w) => w.word).filter((w) => /[0-9〇一二三四五六七八九]/.test(w));
  const kinds: [string, string[], (w: string) => string][] = [
    ['spaced', chinese, (w) => [...w].join(' ')],
    ['asterisk', chinese, (w) => [...w].join('*')],
    ['zero-width', chinese, (w) => [...w].join('\u200b')],
    ['traditional', traditional, (w) => [...w].map((c) => toTraditional.get(c) ?? c).join('')],
    ['full-width', latin, (w) => FULL_WIDTH(w.toUpperCase())],
    ['circled-digit', digits, (w) => w.replace(/[0-9]/g, (d) => CIRCLED[Number(d)]).replace(/[〇一二三四五六七八九]/g, (d) => CIRCLED[CJK_DIGITS.indexOf(d)])],
  ];
  const out: Evasion[] = [];
  for (const [kind, candidates, write] of kinds) {
    if (candidates.length === 0) throw new Error(`no word in the list allows a ${kind} evasion`);
    for (let k = 0; k < perKind; k++) {
      const word = pick(rnd, candidates);
      out.push({ kind, word, written: write(word) });
    }
  }
  return out;
}

export interface Corpus {
  text: string;
  bytes: number;
  /** Where each planted evasion sits. */
  planted: { evasion: Evasion; start: number; end: number }[];
}

/** Chinese-looking prose (random characters, commas, full stops, paragraphs) with list words planted. */
export function buildCorpus(list: WordList, pool: string[], targetBytes: number, planted: Evasion[]): Corpus {
  const rnd = random(3);
  const chineseWords = list.words.map((w) => w.word).filter((w) => /^[\u4e00-\u9fff]+$/.test(w));
  const parts: string[] = [];
  const placed: Corpus['planted'] = [];
  let length = 0;
  let bytes = 0;
  let next = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    bytes += Buffer.byteLength(s);
  };
  while (bytes < targetBytes) {
    const sentence = 6 + Math.floor(rnd() * 24);
    for (let k = 0; k < sentence; k++) {
      const r = rnd();
      if (r < 0.01) push(pick(rnd, chineseWords));
      else if (r < 0.0105 && next < planted.length) {
        const start = length;
        push(planted[next].written);
        placed.push({ evasion: planted[next], start, end: length });
        next++;
      } else push(pick(rnd, pool));
    }
    push(rnd() < 0.7 ? '，' : rnd() < 0.9 ? '。' : '。\n');
  }
  if (next < planted.length) throw new Error('corpus too small for the planted evasions');
  return { text: parts.join(''), bytes, planted: placed };
}

/** Every exact occurrence of every word: what an engine without normalisation should find. */
export function groundTruth(text: string, words: string[]): Set<string> {
  const byFirst = new Map<string, string[]>();
  for (const w of words) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirst.get(text[i]);
    if (!candidates) continue;
    for (const w of candidates) if (text.startsWith(w, i)) found.add(`${i}:${w}`);
  }
  return found;
}
