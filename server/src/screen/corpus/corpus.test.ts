import { describe, expect, it } from 'vitest';
import { getScreener } from '..';
import { loadCorpus, score } from '.';

const corpus = loadCorpus();
const scores = score(getScreener(), corpus);

describe('the labelled corpus', () => {
  it('is big enough to mean something: 300 honest sentences, 150 evasions across every class', () => {
    expect(corpus.clean.length).toBeGreaterThanOrEqual(300);
    expect(corpus.clean.filter((c) => c.source === 'clean.txt').length).toBeGreaterThanOrEqual(150);
    expect(corpus.evasions.length).toBeGreaterThanOrEqual(150);
    expect(scores.perKind.size).toBeGreaterThanOrEqual(20);
  });

  it('blocks no honest sentence', () => {
    expect(scores.falseBlocks).toEqual([]);
  });

  it('finds every deliberate evasion', () => {
    expect(scores.missed).toEqual([]);
  });
});
