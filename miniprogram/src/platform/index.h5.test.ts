// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { launchScene, safeHtml, sceneUrl, shareScene } from './index.h5';

describe('H5 safeHtml', () => {
  it('keeps the server formatting and inline styles', () => {
    const html = '<h2 style="font-size:21px;">标题</h2><p style="color:#222;">文字 <strong>重点</strong> <a href="https://example.org">链接</a></p>';
    const out = safeHtml(html);
    expect(out).toContain('<h2 style="font-size:21px;">标题</h2>');
    expect(out).toContain('<strong>重点</strong>');
    expect(out).toContain('href="https://example.org"');
  });
  it('drops scripts, event handlers and script URLs', () => {
    const out = safeHtml('<p onclick="x()">a</p><script>alert(1)</script><img src="javascript:alert(1)" onerror="alert(2)"><a href="javascript:alert(3)">b</a><custom>c</custom>');
    expect(out).not.toMatch(/script|onclick|onerror|javascript/i);
    expect(out).toContain('c');
  });
});

describe('H5 launchScene', () => {
  it('reads ?scene= from the page URL before the hash', () => {
    window.history.replaceState(null, '', '/?scene=c%3Dparis#/pages/home/index');
    expect(decodeURIComponent(launchScene({}) ?? '')).toBe('c=paris');
    window.history.replaceState(null, '', '/?scene=c=paris');
    expect(decodeURIComponent(launchScene({}) ?? '')).toBe('c=paris');
  });
  it('prefers the route query', () => {
    expect(launchScene({ scene: 'a%3Dpep' })).toBe('a%3Dpep');
  });
});

describe('H5 share links', () => {
  it('point at the app itself with ?scene=, without the page it was shared from, keeping a development ?api=', () => {
    window.history.replaceState(null, '', '/tips/?v=1#/pages/article/index?slug=pep');
    expect(sceneUrl('a=pep')).toBe(`${window.location.origin}/tips/?scene=a%3Dpep`);
    window.history.replaceState(null, '', '/?api=http%3A%2F%2F127.0.0.1%3A4000#/pages/home/index');
    expect(sceneUrl('c=paris')).toBe(`${window.location.origin}/?api=http%3A%2F%2F127.0.0.1%3A4000&scene=c%3Dparis`);
  });

  it('go to the share sheet when there is one, else to the clipboard', async () => {
    window.history.replaceState(null, '', '/');
    const shared: unknown[] = [];
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    expect(await shareScene('p=check', 'Tips')).toBe('copied');
    expect(copied).toEqual([`${window.location.origin}/?scene=p%3Dcheck`]);
    Object.defineProperty(navigator, 'share', { value: async (d: unknown) => void shared.push(d), configurable: true });
    expect(await shareScene('p=check', 'Tips')).toBe('shared');
    expect(shared).toEqual([{ title: 'Tips', url: `${window.location.origin}/?scene=p%3Dcheck` }]);
    // She closed the sheet: nothing copied behind her back.
    Object.defineProperty(navigator, 'share', { value: async () => Promise.reject(new DOMException('closed', 'AbortError')), configurable: true });
    expect(await shareScene('p=check', 'Tips')).toBe('failed');
    expect(copied).toHaveLength(1);
  });
});
