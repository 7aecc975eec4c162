import { describe, expect, it } from 'vitest';
import { routeScene } from './sceneRoute';

describe('routeScene', () => {
  it('opens a city directory', () => {
    expect(routeScene('c=paris')).toEqual({ url: '/pages/directory/index?city=paris', scan: 'c=paris' });
  });

  it('decodes the URL-encoded scene WeChat passes, once', () => {
    expect(routeScene('c%3Dparis%26f%3Dbt2611')).toEqual({ url: '/pages/directory/index?city=paris', scan: 'c=paris&f=bt2611' });
  });

  it('opens an article or a page', () => {
    expect(routeScene('a=pep').url).toBe('/pages/article/index?slug=pep');
    expect(routeScene('p=check').url).toBe('/pages/check/index');
    expect(routeScene('p=emergency&f=A1').url).toBe('/pages/emergency/index');
  });

  it('stays on Home for p=home or a flyer alone, but still counts the scan', () => {
    expect(routeScene('p=home')).toEqual({ url: null, scan: 'p=home' });
    expect(routeScene('f=bt2611')).toEqual({ url: null, scan: 'f=bt2611' });
  });

  it('lands on Home without counting unknown or malformed scenes', () => {
    for (const raw of ['', 'x=1', 'c=Paris', 'p=admin', 'c=paris&a=pep', 'nonsense', '%E0%A4%A', 'c=' + 'a'.repeat(40)]) {
      expect(routeScene(raw)).toEqual({ url: null, scan: null });
    }
    expect(routeScene(undefined)).toEqual({ url: null, scan: null });
  });
});
