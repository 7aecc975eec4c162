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
