import { buildAutomaton, type Automaton } from './automaton';
import { foldTables, HARD, LETTER, MARK, NOISE, SPACE, spacedClass } from './fold';
import { foldLetters } from './walk';
import { describeAllow, describeWord, WordListError, type WordList } from './wordList';

/** Per-list symbol table values below FIRST_LETTER steer the scan loop; letters follow. */
export const S_RESET = 0;
export const S_NOISE = 1;
export const S_MARK = 2;
/** `.`, `<`, `&`, surrogates: decided by readUnit(). */
export const S_COMPLEX = 3;
export const FIRST_LETTER = 4;

export interface Pattern {
  /** Index into list.words, or into list.allow when `allow` is true. */
  entry: number;
  allow: boolean;
  length: number;
  /** spacedClass() of each folded letter: Latin-script letters get whole-word and spacing rules. */
  cls: Uint8Array;
  /** The listed form separated this letter from the previous one ("garde à vue", "sans-papiers"). */
  sepBefore: Uint8Array;
  /** Has a Latin-script letter, so a match must pass the checks in latin.ts. */
  latin: boolean;
}

export interface Compiled {
  list: WordList;
  /** Code unit → S_* or letter symbol: the one folding table of the hot loop. */
  sym: Uint16Array;
  /** Folded astral letters that occur in the list (CJK extension characters). */
  astralSym: Map<number, number>;
  automaton: Automaton;
  patterns: Pattern[];
  patternLength: Int32Array;
  patternLatin: Uint8Array;
  /** Ring buffer size − 1 (a power of two above the longest pattern). */
  ringMask: number;
}

interface Source {
  text: string;
  entry: number;
  allow: boolean;
  label: string;
  line?: number;
}

export function compile(list: WordList): Compiled {
  const sources: Source[] = [
    ...list.words.map((w, i) => ({ text: w.word, entry: i, allow: false, label: describeWord(i, w.word), line: w.line })),
    ...list.allow.map((a, i) => ({ text: a.phrase, entry: i, allow: true, label: describeAllow(i, a.phrase), line: a.line })),
  ];
  const symOf = new Map<number, number>();
  const seen = new Map<string, Source>();
  const patterns: Pattern[] = [];
  const symbols: number[][] = [];
  for (const src of sources) {
    const letters = foldLetters(src.text);
    if (letters.length === 0) throw new WordListError(list.file, src.label, 'has no letters or digits once folded', src.line);
    const key = `${src.allow ? 'allow' : 'word'}:${String.fromCodePoint(...letters.map((l) => l.cp))}`;
    const earlier = seen.get(key);
    if (earlier) {
      throw new WordListError(list.file, src.label, `is the same as ${earlier.label} once folded (case, accents, traditional forms…)`, src.line);
    }
    seen.set(key, src);
    const cls = Uint8Array.from(letters, (l) => spacedClass(l.cp));
    patterns.push({
      entry: src.entry,
      allow: src.allow,
      length: letters.length,
      cls,
      sepBefore: Uint8Array.from(letters, (l) => (l.sepBefore ? 1 : 0)),
      latin: cls.some((c) => c !== 0),
    });
    symbols.push(
      letters.map((l) => {
        let s = symOf.get(l.cp);
        if (s === undefined) {
          s = FIRST_LETTER + symOf.size;
          symOf.set(l.cp, s);
        }
        return s;
      }),
    );
  }
  if (symOf.size + FIRST_LETTER > 0xffff) throw new WordListError(list.file, 'words', 'uses too many distinct characters');

  const { fold, kind } = foldTables();
  const sym = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const k = kind[c];
    if (k === LETTER) sym[c] = symOf.get(fold[c]) ?? S_RESET;
    else if (k === NOISE || k === SPACE) sym[c] = S_NOISE;
    else if (k === HARD) sym[c] = S_RESET;
    else if (k === MARK) sym[c] = S_MARK;
    else sym[c] = S_COMPLEX;
  }
  const astralSym = new Map<number, number>();
  for (const [cp, s] of symOf) if (cp >= 0x10000) astralSym.set(cp, s);

  const maxLength = Math.max(...patterns.map((p) => p.length));
  let ring = 16;
  while (ring <= maxLength) ring *= 2;
  return {
    list,
    sym,
    astralSym,
    automaton: buildAutomaton(symbols),
    patterns,
    patternLength: Int32Array.from(patterns, (p) => p.length),
    patternLatin: Uint8Array.from(patterns, (p) => (p.latin ? 1 : 0)),
    ringMask: ring - 1,
  };
}
