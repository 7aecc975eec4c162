import { describe, expect, it } from 'vitest';
import { matchEntity, matchTag, startOfMarkupEndingAt, TAG_BLOCK, TAG_EMBEDDED, TAG_INLINE } from './html';

describe('HTML helpers', () => {
  it('recognises tags and what they do to a word', () => {
    expect(matchTag('<b>x', 0)).toEqual({ end: 3, type: TAG_INLINE });
    expect(matchTag('<span style="color:red">', 0)).toEqual({ end: 24, type: TAG_INLINE });
    expect(matchTag('</P>', 0)).toEqual({ end: 4, type: TAG_BLOCK });
    expect(matchTag('<br/>', 0)).toEqual({ end: 5, type: TAG_BLOCK });
    expect(matchTag('<img src="a.png">', 0)).toEqual({ end: 17, type: TAG_EMBEDDED });
    expect(matchTag('<!-- note -->', 0)).toEqual({ end: 13, type: TAG_INLINE });
  });

  it('leaves a lone < alone and stays linear on long texts without >', () => {
    expect(matchTag('a < b', 2)).toBeUndefined();
    expect(matchTag('<3', 0)).toBeUndefined();
    const long = '<a '.padEnd(200_000, 'x');
    const t = performance.now();
    for (let i = 0; i < 100; i++) matchTag(long, 0);
    expect(performance.now() - t).toBeLessThan(500);
  });

  it('decodes entities', () => {
    expect(matchEntity('&#x654F;', 0)).toEqual({ end: 8, codePoint: 0x654f });
    expect(matchEntity('&#25935;', 0)).toEqual({ end: 8, codePoint: 25935 });
    expect(matchEntity('&eacute;', 0)).toEqual({ end: 8, codePoint: 0xe9 });
    expect(matchEntity('&nbsp;', 0)).toEqual({ end: 6, codePoint: 0xa0 });
    expect(matchEntity('&#xD800;', 0)).toBeUndefined();
    expect(matchEntity('&unknown;', 0)).toBeUndefined();
    expect(matchEntity('AT&T', 2)).toBeUndefined();
  });

  it('finds the start of markup ending at a position', () => {
    expect(startOfMarkupEndingAt('a<b>', 4)).toBe(1);
    expect(startOfMarkupEndingAt('a&amp;', 6)).toBe(1);
    expect(startOfMarkupEndingAt('a>', 2)).toBeUndefined();
  });
});
