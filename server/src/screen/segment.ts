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
  /** Segmenters that must all read the hit as split between two words before it is demoted to a warning. */
  segmenters: Segmenter[];
}

/** What the screener uses: both must agree, so one segmenter's odd cut never lets a real word through. */
export const BOTH: SegmenterChoice = { name: 'jieba + ICU', segmenters: [jiebaSegmenter, icuSegmenter] };
export const JIEBA_ONLY: SegmenterChoice = { name: 'jieba', segmenters: [jiebaSegmenter] };
export const ICU_ONLY: SegmenterChoice = { name: 'ICU', segmenters: [icuSegmenter] };
export const NONE: SegmenterChoice = { name: 'none (every hit blocks)', segmenters: [] };
