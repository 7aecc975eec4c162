import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile';
import { acceptLatin } from './latin';
import { MAX_NOISE, scan } from './scan';
import { buildScreener } from './screener';
import { HARD, LETTER, MARK } from './fold';
import { foldLetters, newUnit, readUnit } from './walk';
import type { WordList } from './wordList';

const list: WordList = {
  file: 'property list',
  words: ['安全套', '全套', '卖淫', '学生', '大学生', '一夜情', 'viol', 'sex', 'garde à vue', 'K粉', '套套'].map((word) => ({
    word,
    category: 'test',
    level: 'block' as const,
    suggest: [],
  })),
  allow: [{ phrase: '反对卖淫' }],
};
const screener = buildScreener(list);
const compiled = compile(list);

/**
 * The obvious, slow way: read the text unit by unit, then try every pattern at every letter. The fast
 * scanner must return exactly these matches.
 */
function reference(text: string): string[] {
  const u = newUnit();
  const letters: { cp: number; start: number; end: number; noiseBefore: number; hardBefore: boolean }[] = [];
  let noise = 0;
  let hard = false;
  for (let i = 0; i < text.length; i = u.end) {
    readUnit(text, i, u);
    if (u.kind === LETTER) {
      letters.push({ cp: u.cp, start: u.start, end: u.end, noiseBefore: noise, hardBefore: hard });
      noise = 0;
      hard = false;
    } else if (u.kind === HARD) hard = true;
    else if (u.kind !== MARK) noise++;
  }
  const starts = Int32Array.from(letters, (l) => l.start);
  const ends = Int32Array.from(letters, (l) => l.end);
  let mask = 1;
  while (mask < letters.length) mask = mask * 2 + 1;
  const out: string[] = [];
  const sources = [...list.words.map((w) => w.word), ...list.allow.map((a) => a.phrase)];
  sources.forEach((source, p) => {
    const pattern = foldLetters(source).map((l) => l.cp);
    for (let j = 0; j + pattern.length <= letters.length; j++) {
      let ok = true;
      for (let k = 0; k < pattern.length && ok; k++) {
        const l = letters[j + k];
        ok = l.cp === pattern[k] && (k === 0 || (!l.hardBefore && l.noiseBefore <= MAX_NOISE));
      }
      if (!ok) continue;
      if (compiled.patterns[p].latin && !acceptLatin(text, compiled.patterns[p], starts, ends, j, mask)) continue;
      out.push(`${p}:${letters[j].start}:${letters[j + pattern.length - 1].end}`);
    }
  });
  return out.sort();
}

function fast(text: string): string[] {
  const raw: number[] = [];
  scan(compiled, text, raw);
  const out: string[] = [];
  for (let k = 0; k < raw.length; k += 3) out.push(`${raw[k]}:${raw[k + 1]}:${raw[k + 2]}`);
  return out.sort();
}

const NOISE = [' ', '*', '\u200b', '\u200d', '😀', '👍🏽', '，', '、', '&nbsp;', '-', '·', '\u3000', '\t'];
const PIECES = [
  ...'安全套卖淫学生大一夜情反对賣學ＫK粉vioVIOLsexSEXgardeàvu壹①'.split(''),
  ...NOISE,
  ...['。', '.', '!', '\n', '<b>', '</b>', '<br>', '&#x5B89;', '&eacute;', '&amp;', 'e\u0301', '𠮷', 'x', '好'],
];
const piece = fc.constantFrom(...PIECES);
/** A listed word (or a variant writing of one) with 0–4 pieces between its characters: near every limit. */
const spreadWord = fc
  .tuple(
    fc.constantFrom('安全套', '賣淫', '大學生', '①夜情', 'viol', 'SEX', 'garde à vue', 'K粉', '套套', '反对卖淫'),
    fc.array(fc.array(piece, { maxLength: 4 }), { minLength: 12, maxLength: 12 }),
  )
  .map(([w, gaps]) => [...w].map((ch, k) => (k === 0 ? ch : gaps[k].join('') + ch)).join(''));
const textOfPieces = fc.array(fc.oneof(piece, spreadWord), { maxLength: 30 }).map((xs) => xs.join(''));

describe('properties', () => {
  it('the fast scanner finds exactly what the slow reference finds', () => {
    fc.assert(
      fc.property(textOfPieces, (text) => {
        expect(fast(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('up to three noise characters between the characters of a word never hide it', () => {
    const cjk = fc.array(fc.constantFrom(...'我们在巴黎发放工具和健康咨询'.split('')), { maxLength: 6 }).map((xs) => xs.join(''));
    const gap = fc.array(fc.constantFrom(...NOISE), { maxLength: 3 }).map((xs) => xs.join(''));
    const word = fc.constantFrom('安全套', '卖淫', '一夜情', '大学生');
    fc.assert(
      fc.property(cjk, word, fc.array(gap, { minLength: 3, maxLength: 3 }), cjk, (before, w, gaps, after) => {
        const written = [...w].map((ch, k) => (k === 0 ? ch : gaps[k - 1] + ch)).join('');
        const text = before + written + after;
        const hit = screener.screen(text).find((h) => h.word === w && h.start === before.length);
        expect(hit?.text).toBe(written);
      }),
      { numRuns: 2000 },
    );
  });

  it('a noise character inserted anywhere in a Latin word keeps it found unless it is whitespace', () => {
    const noise = fc.constantFrom('*', '\u200b', '.', '-', '😀', '_');
    fc.assert(
      fc.property(fc.constantFrom('viol', 'sex'), fc.nat(), noise, (w, at, n) => {
        const k = 1 + (at % (w.length - 1));
        const text = `un ${w.slice(0, k)}${n}${w.slice(k)} ici`;
        expect(screener.screen(text).map((h) => h.word)).toContain(w);
      }),
    );
  });

  it('offsets always slice the original text to the matched text, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), textOfPieces), (text) => {
        for (const h of screener.screen(text)) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(h.start, h.end)).toBe(h.text);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
