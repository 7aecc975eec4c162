import FastScanner from 'fastscan';
import { Mint } from 'mint-filter';
import AhoCorasick from 'modern-ahocorasick';
import { buildScreener } from '../../server/src/screen/screener';
import type { WordList } from '../../server/src/screen/wordList';

/** One engine under test: hits as `offset:word` keys when it reports offsets, else only the words it saw. */
export interface Engine {
  name: string;
  positions: boolean;
  build(list: WordList): void;
  run(text: string): { keys: string[]; words: Set<string> };
}

const fromPairs = (pairs: [number, string][]) => ({ keys: pairs.map(([i, w]) => `${i}:${w}`), words: new Set(pairs.map(([, w]) => w)) });

export function engines(): Engine[] {
  let lotus: ReturnType<typeof buildScreener>;
  let fast: FastScanner;
  let mint: Mint;
  let modern: AhoCorasick;
  return [
    {
      name: 'lotus',
      positions: true,
      build: (list) => (lotus = buildScreener(list)),
      run: (text) => fromPairs(lotus.screen(text).map((h) => [h.start, h.word])),
    },
    {
      name: 'fastscan',
      positions: true,
      build: (list) => (fast = new FastScanner(list.words.map((w) => w.word))),
      run: (text) => fromPairs(fast.search(text)),
    },
    {
      name: 'mint-filter',
      positions: false,
      build: (list) => (mint = new Mint(list.words.map((w) => w.word))),
      run: (text) => ({ keys: [], words: new Set(mint.filter(text, { replace: false }).words) }),
    },
    {
      name: 'modern-ahocorasick',
      positions: true,
      build: (list) => (modern = new AhoCorasick(list.words.map((w) => w.word))),
      // One multi-megabyte string takes minutes here (its search grows quadratically with the input), so it
      // gets the corpus line by line, which is how one would use it; no listed word spans a line break.
      run: (text) => {
        const pairs: [number, string][] = [];
        for (let from = 0; from < text.length; ) {
          const nl = text.indexOf('\n', from);
          const to = nl < 0 ? text.length : nl + 1;
          for (const m of modern.search(text.slice(from, to))) pairs.push([from + m.start, String(m.pattern)]);
          from = to;
        }
        return fromPairs(pairs);
      },
    },
  ];
}
