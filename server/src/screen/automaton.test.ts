import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton, step } from './automaton';

/** Every (pattern, end) pair, found the slow way. */
function naive(patterns: number[][], text: number[]): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    for (let end = p.length; end <= text.length; end++) {
      if (p.every((s, k) => text[end - p.length + k] === s)) out.push(`${id}@${end}`);
    }
  });
  return out.sort();
}

function run(patterns: number[][], text: number[]): string[] {
  const a = buildAutomaton(patterns);
  const out: string[] = [];
  let s = 0;
  text.forEach((sym, i) => {
    s = step(a, s, sym);
    for (let k = a.outStart[s]; k < a.outStart[s] + a.outCount[s]; k++) out.push(`${a.outList[k]}@${i + 1}`);
  });
  return out.sort();
}

describe('double-array Aho–Corasick', () => {
  it('finds every occurrence of every pattern, overlaps and nested ones included', () => {
    const sym = fc.integer({ min: 1, max: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(sym, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), fc.array(sym, { maxLength: 80 }), (patterns, text) => {
        expect(run(patterns, text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 1500 },
    );
  });

  it('handles a wide alphabet (Chinese: thousands of symbols)', () => {
    const patterns = Array.from({ length: 3000 }, (_, i) => [1 + ((i * 7919) % 4000), 1 + ((i * 104729) % 4000)]);
    const text = Array.from({ length: 5000 }, (_, i) => 1 + ((i * 31337) % 4000));
    expect(run(patterns, text)).toEqual(naive(patterns, text));
  });

  it('refuses symbols below 1 and empty patterns', () => {
    expect(() => buildAutomaton([[0]])).toThrow('symbols start at 1');
    expect(() => buildAutomaton([[]])).toThrow('empty pattern');
  });
});
