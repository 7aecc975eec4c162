import { describe, expect, it } from 'vitest';
import { routeScene } from './lib/sceneRoute';
import { pageScene } from './share';

describe('share links', () => {
  it('name each shared page with the flyers\' scene, which opens that page again', () => {
    const cases = [
      [{ kind: 'article', slug: 'pep' }, 'a=pep', '/pages/article/index?slug=pep'],
      [{ kind: 'city', city: 'paris' }, 'c=paris', '/pages/directory/index?city=paris'],
      [{ kind: 'page', page: 'check' }, 'p=check', '/pages/check/index'],
    ] as const;
    for (const [target, scene, url] of cases) {
      expect(pageScene(target)).toBe(scene);
      // As the link carries it (?scene=a%3Dpep) and Home routes it, on the web and in WeChat alike.
      expect(routeScene(encodeURIComponent(scene)).url).toBe(url);
    }
  });

  it('offer no link for a slug the scene grammar cannot carry', () => {
    expect(pageScene({ kind: 'article', slug: 'Not A Slug' })).toBeUndefined();
    expect(pageScene({ kind: 'city', city: 'x'.repeat(40) })).toBeUndefined();
  });
});
