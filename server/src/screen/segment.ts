import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** Cuts a text into words; the pieces, joined, give the text back. */
export type Segmenter = (text: string) => string[];

let jieba: Jieba | undefined;

/** jieba (dictionary and HMM off: only words its dictionary knows), loaded once on first use (~100 ms). */
export const jiebaSegmenter: Segmenter = (text) => {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
};

let icu: Intl.Segmenter | undefined;

/** ICU's dictionary word breaker, built into Node and every browser. */
export const icuSegmenter: Segmenter = (text) => {
  icu ??= new Intl.Segmenter('zh-Hans', { granularity: 'word' });
  return Array.from(icu.segment(text), (s) => s.segment);
};

export interface SegmenterChoice {
  name: string;
  /**
   * Segmenters that read the hit as split between two words before it is demoted to a warning: all of them
   * for a hit written in one piece, and at least one for a hit across clause punctuation (there the comma
   * already says two words meet; ICU, for one, cuts 套路 into 套|路 after a comma).
   */
  segmenters: Segmenter[];
  /** Ask all of them in both cases (for comparison in bench:screen). */
  strict?: boolean;
}

/** What the screener uses: one segmenter's odd cut never lets a word written in one piece through. */
export const BOTH: SegmenterChoice = { name: 'jieba + ICU', segmenters: [jiebaSegmenter, icuSegmenter] };
export const BOTH_STRICT: SegmenterChoice = { name: 'jieba + ICU, both even across a comma', segmenters: [jiebaSegmenter, icuSegmenter], strict: true };
export const JIEBA_ONLY: SegmenterChoice = { name: 'jieba', segmenters: [jiebaSegmenter] };
export const ICU_ONLY: SegmenterChoice = { name: 'ICU', segmenters: [icuSegmenter] };
export const NONE: SegmenterChoice = { name: 'none (every hit blocks)', segmenters: [] };

/** jieba's longest words worth checking at a hit's edge; longer ones (idioms) are left to the full reading. */
export const EDGE_WORD_MAX = 5;

/**
 * jieba's dictionary words (2 to EDGE_WORD_MAX characters) that hold, side by side, a character and the
 * first character of a listed word, or the last character of a listed word and another. jieba (HMM off)
 * puts two Chinese characters in one piece only inside such a word, so a hit that no such word covers at
 * either edge cannot be read across: the screener skips both segmenters for it (nearly all hits).
 */
export interface EdgeWords {
  words: Set<string>;
  /** The edge pairs themselves, keyed a * 65536 + b: a numeric test that rules out most hits first. */
  pairs: Set<number>;
}

export function jiebaEdgeWords(firsts: Set<number>, lasts: Set<number>): EdgeWords {
  const words = new Set<string>();
  const pairs = new Set<number>();
  const text = Buffer.from(dict).toString('utf8');
  for (let i = 0; i < text.length; ) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const space = text.indexOf(' ', i);
    const wordEnd = space >= 0 && space < end ? space : end;
    if (wordEnd - i >= 2 && wordEnd - i <= EDGE_WORD_MAX) {
      for (let k = i; k + 1 < wordEnd; k++) {
        const a = text.charCodeAt(k);
        const b = text.charCodeAt(k + 1);
        if (firsts.has(b) || lasts.has(a)) {
          words.add(text.slice(i, wordEnd));
          pairs.add(a * 65536 + b);
        }
      }
    }
    i = end + 1;
  }
  return { words, pairs };
}
