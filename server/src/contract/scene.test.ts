import { describe, expect, it } from 'vitest';
import { decodeScene, formatScene, parseScene } from './scene';

describe('scene grammar', () => {
  it('routes a city, an article and a page, with an optional flyer code', () => {
    expect(parseScene('c=paris')).toEqual({ ok: true, scene: { target: { kind: 'city', city: 'paris' }, flyer: null } });
    expect(parseScene('a=pep&f=bt2611')).toEqual({ ok: true, scene: { target: { kind: 'article', slug: 'pep' }, flyer: 'bt2611' } });
    expect(parseScene('p=check')).toEqual({ ok: true, scene: { target: { kind: 'page', page: 'check' }, flyer: null } });
  });

  it('round-trips every target through format and parse', () => {
    for (const raw of ['c=lyon', 'a=after-assault&f=A1', 'p=emergency', 'p=home&f=x9']) {
      const parsed = parseScene(raw);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(formatScene(parsed.scene)).toBe(raw);
    }
  });

  it('refuses what WeChat or the grammar would not carry, with a reason', () => {
    expect(parseScene('c=' + 'a'.repeat(31))).toEqual({ ok: false, reason: 'a scene is at most 32 characters' });
    expect(parseScene('c=par%20is').ok).toBe(false);
    expect(parseScene('x=1')).toEqual({ ok: false, reason: 'unknown key "x": use c=, a=, p= or f=' });
    expect(parseScene('p=secret').ok).toBe(false);
    expect(parseScene('c=paris&a=pep').ok).toBe(false);
    expect(parseScene('').ok).toBe(false);
  });

  it('decodes the URL-encoded scene WeChat hands over, and survives a broken escape', () => {
    expect(decodeScene('c%3Dparis%26f%3Dab')).toBe('c=paris&f=ab');
    expect(decodeScene('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
