import { ASCII_SENTENCE_END, SENTENCE_END } from './punctuation';
import { traditionalToSimplified } from './tradSimp';

/**
 * One table folds every UTF-16 code unit to the character the matcher compares, and a second says what
 * kind of character it is. Building them costs ~30 ms once per process; every list shares them.
 */

/** What a code unit is to the scanner. Letters (and digits) are compared; everything else steers skipping. */
export const LETTER = 0;
/** Punctuation, symbols, zero-width and format characters, BMP emoji: skipped, at most 3 in a row. */
export const NOISE = 1;
/** Whitespace: skipped like noise, but tells a spaced-out Latin word ("v i o l") from two real words. */
export const SPACE = 2;
/** Sentence ends and line breaks: nothing is matched across them. */
export const HARD = 3;
/** ASCII . ! ? : a sentence end unless a letter or digit follows at once ("s.e.x", "3.5"). */
export const DOT = 4;
/** `<`: may open an HTML tag. */
export const LT = 5;
/** `&`: may open an HTML entity. */
export const AMP = 6;
/** High surrogate: the code point is decided with the next unit. */
export const HIGH = 7;
/** Combining marks and variation selectors: invisible, part of the letter before, never counted as noise. */
export const MARK = 8;

/** Values of `spaced`: a letter of a space-separated script (Latin, Cyrillic…), or a digit. */
export const SPACED_LETTER = 1;
export const DIGIT = 2;

export interface FoldTables {
  /** Folded code unit (lower case, no accent, half width, simplified, look-alike → Latin, digit forms → ASCII). */
  fold: Uint16Array;
  kind: Uint8Array;
  /** SPACED_LETTER or DIGIT when the folded character belongs to a script that separates words by spaces. */
  spaced: Uint8Array;
}

/** Cyrillic and Greek letters that look like Latin ones, after lower-casing. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ɑ: 'a', ı: 'i', ł: 'l', ø: 'o',
  đ: 'd', ħ: 'h', ŀ: 'l', α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', γ: 'y', ω: 'w', ς: 's',
};

/** Chinese numerals (everyday and financial forms) and digit forms Unicode does not decompose to a digit. */
const DIGIT_FORMS: string[] = [
  '〇零⓿⓪',
  '一壹弌❶➀➊⑴⒈㈠',
  '二贰貳弍❷➁➋⑵⒉㈡',
  '三叁弎❸➂➌⑶⒊㈢',
  '四肆❹➃➍⑷⒋㈣',
  '五伍❺➄➎⑸⒌㈤',
  '六陆陸❻➅➏⑹⒍㈥',
  '七柒❼➆➐⑺⒎㈦',
  '八捌❽➇➑⑻⒏㈧',
  '九玖❾➈➒⑼⒐㈨',
];

/** Zero-width and format characters that are not Unicode marks (U+200D ZWJ is here: it splits words too). */
const ZERO_WIDTH = /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb]/;

const NOT_SPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function classify(ch: string): number {
  if (SENTENCE_END.includes(ch)) return HARD;
  if (ASCII_SENTENCE_END.includes(ch)) return DOT;
  if (ch === '<') return LT;
  if (ch === '&') return AMP;
  if (/[\uFE00-\uFE0F\u180B-\u180D]/.test(ch) || /\p{M}/u.test(ch)) return MARK;
  if (ZERO_WIDTH.test(ch)) return NOISE;
  if (/[\s\p{Z}]/u.test(ch)) return SPACE;
  if (/[\p{L}\p{N}]/u.test(ch)) return LETTER;
  return NOISE;
}

/** Lower case, compatibility decomposition, accents dropped; undefined when that is not one code unit. */
function baseLetter(ch: string): string | undefined {
  const s = ch.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return s.length === 1 ? s : undefined;
}

function build(): FoldTables {
  const fold = new Uint16Array(0x10000);
  const kind = new Uint8Array(0x10000);
  const spaced = new Uint8Array(0x10000);
  const simplified = traditionalToSimplified();
  const digits = new Map<number, number>();
  DIGIT_FORMS.forEach((forms, digit) => {
    for (const f of forms) digits.set(f.charCodeAt(0), 0x30 + digit);
  });

  for (let c = 0; c < 0x10000; c++) {
    fold[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      kind[c] = c <= 0xdbff ? HIGH : NOISE;
      continue;
    }
    if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) {
      // Han and Hangul syllables: letters that fold to themselves (before simplification); saves most of the build.
      kind[c] = LETTER;
      continue;
    }
    const ch = String.fromCharCode(c);
    kind[c] = classify(ch);
    // Symbols that decompose to one letter are letters in disguise: ⼈ (Kangxi radical) is 人, Ⓐ is a.
    if (kind[c] === NOISE && /\p{S}/u.test(ch) && classify(baseLetter(ch) ?? '') === LETTER) kind[c] = LETTER;
    if (kind[c] !== LETTER) continue;
    const digit = digits.get(c);
    if (digit !== undefined) {
      fold[c] = digit;
      continue;
    }
    let f = baseLetter(ch) ?? ch.toLowerCase();
    // A letter whose decomposition is not one letter (ͺ is a space and a mark) stays itself.
    if (f.length !== 1 || classify(f) !== LETTER) f = ch;
    f = LOOKALIKES[f] ?? f;
    fold[c] = f.charCodeAt(0);
  }
  // Simplify after the decomposition (compatibility ideographs decompose to traditional ones), then settle
  // chains so folding is idempotent: fold(fold(c)) === fold(c) is what lets patterns and text meet.
  for (let c = 0; c < 0x10000; c++) {
    if (kind[c] !== LETTER) continue;
    let f = fold[c];
    for (let step = 0; step < 4; step++) {
      const next = simplified.get(f) ?? digits.get(f) ?? (kind[f] === LETTER ? fold[f] : f);
      if (next === f) break;
      f = next;
    }
    fold[c] = f;
  }
  for (let c = 0; c < 0x10000; c++) {
    if (kind[c] !== LETTER) continue;
    if (fold[c] >= 0x3400 && fold[c] <= 0x9fff) continue;
    const f = String.fromCharCode(fold[c]);
    if (/\p{N}/u.test(f)) spaced[c] = DIGIT;
    else if (!NOT_SPACED.test(f)) spaced[c] = SPACED_LETTER;
  }
  return { fold, kind, spaced };
}

let tables: FoldTables | undefined;

export function foldTables(): FoldTables {
  tables ??= build();
  return tables;
}

/** Astral emoji, pictographs and their modifiers: noise; skin tones, tags and variation selectors: marks. */
function astralKind(cp: number): number {
  if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0000 && cp <= 0xe0fff)) return MARK;
  if (cp >= 0x1f000 && cp <= 0x1faff) return NOISE;
  const ch = String.fromCodePoint(cp);
  if (/\p{M}/u.test(ch)) return MARK;
  return /[\p{L}\p{N}]/u.test(ch) ? LETTER : NOISE;
}

export interface AstralFold {
  kind: number;
  /** Folded code point: mathematical alphanumerics (𝐬𝐞𝐱) and other compatibility letters land in the BMP. */
  folded: number;
}

const astralCache = new Map<number, AstralFold>();

export function foldAstral(cp: number): AstralFold {
  let hit = astralCache.get(cp);
  if (hit) return hit;
  const kind = astralKind(cp);
  let folded = cp;
  if (kind === LETTER) {
    const base = baseLetter(String.fromCodePoint(cp));
    if (base !== undefined) folded = foldTables().fold[base.charCodeAt(0)];
  }
  hit = { kind, folded };
  astralCache.set(cp, hit);
  return hit;
}

/** Kind and folded form of any code point (used off the hot path: patterns, gaps, decoded entities). */
export function foldCodePoint(cp: number): AstralFold {
  if (cp >= 0x10000) return foldAstral(cp);
  const t = foldTables();
  return { kind: t.kind[cp], folded: t.fold[cp] };
}

/** SPACED_LETTER, DIGIT or 0 for any code point. */
export function spacedClass(cp: number): number {
  if (cp < 0x10000) return foldTables().spaced[cp];
  const f = foldAstral(cp);
  return f.kind === LETTER && f.folded < 0x10000 ? foldTables().spaced[f.folded] : 0;
}
