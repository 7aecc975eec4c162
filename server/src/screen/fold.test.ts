import { describe, expect, it } from 'vitest';
import { DIGIT, DOT, foldAstral, foldTables, HARD, LETTER, MARK, NOISE, SPACE, SPACED_LETTER } from './fold';

const { fold, kind, spaced } = foldTables();
const f = (s: string) => String.fromCharCode(...[...s].map((c) => fold[c.charCodeAt(0)]));

describe('folding table', () => {
  it('is idempotent and keeps letters letters, so patterns and text fold to the same thing', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (kind[c] !== LETTER) continue;
      expect(kind[fold[c]], `U+${c.toString(16)}`).toBe(LETTER);
      expect(fold[fold[c]], `U+${c.toString(16)}`).toBe(fold[c]);
    }
  });

  it.each([
    ['full width', 'ＶＩＯＬ１２', 'viol12'],
    ['case and accents', 'PRÉSERVATIF Ça', 'preservatif ca'],
    ['traditional', '賣淫 保險套 學生', '卖淫 保险套 学生'],
    ['Taiwan and Hong Kong variants', '為衞峯', '为卫峰'],
    ['compatibility ideographs and radicals', '\uf900⼈', '岂人'],
    ['look-alikes', 'ѕехрο', 'sexpo'],
    ['digit forms', '①❶➀⑴⒈㈠壹一1', '111111111'],
    ['Chinese numerals', '〇二三四五六七八九', '023456789'],
  ])('%s', (_, from, to) => {
    expect(f(from)).toBe(to);
  });

  it('classifies what steers the scan', () => {
    const k = (s: string) => [...s].map((c) => kind[c.charCodeAt(0)]);
    expect(k('。！？…\n\r')).toEqual([HARD, HARD, HARD, HARD, HARD, HARD]);
    expect(k('.!?')).toEqual([DOT, DOT, DOT]);
    expect(k(' \u3000\t\u00a0')).toEqual([SPACE, SPACE, SPACE, SPACE]);
    expect(k('*，、·-\u200b\u200d\ufeff☺')).toEqual(Array(9).fill(NOISE));
    expect(k('\u0301\ufe0f\u20e3')).toEqual([MARK, MARK, MARK]);
    expect(k('a安1')).toEqual([LETTER, LETTER, LETTER]);
  });

  it('tells space-separated scripts from Chinese', () => {
    expect(spaced['a'.charCodeAt(0)]).toBe(SPACED_LETTER);
    expect(spaced['é'.charCodeAt(0)]).toBe(SPACED_LETTER);
    expect(spaced['7'.charCodeAt(0)]).toBe(DIGIT);
    expect(spaced['安'.charCodeAt(0)]).toBe(0);
  });

  it('folds astral letters and treats emoji as noise', () => {
    expect(foldAstral('𝐬'.codePointAt(0)!)).toEqual({ kind: LETTER, folded: 's'.charCodeAt(0) });
    expect(foldAstral('😀'.codePointAt(0)!).kind).toBe(NOISE);
    expect(foldAstral(0x1f3fd).kind).toBe(MARK);
    expect(foldAstral('𠮷'.codePointAt(0)!)).toEqual({ kind: LETTER, folded: '𠮷'.codePointAt(0) });
  });
});
