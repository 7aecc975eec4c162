// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { launchScene, safeHtml } from './index.h5';

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
