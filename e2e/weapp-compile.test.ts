import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileWithWechat, type WechatCompileResult } from '../bench/miniprogram/wechat';
import { buildDir } from './support/build';

/**
 * The weapp build through WeChat's own compiler (miniprogram-ci, offline, in its checking mode) and
 * WeChat's code-quality check, as DevTools would run them before an upload. The build is made by the
 * global setup when a source is newer.
 */
const dist = buildDir('weapp');
const scratch = mkdtempSync(path.join(tmpdir(), 'lotus-weapp-compile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A one-page mini-program whose page script and template are given. */
function tinyApp(name: string, js: string, wxml: string): string {
  const dir = path.join(scratch, name);
  mkdirSync(path.join(dir, 'pages/a'), { recursive: true });
  writeFileSync(path.join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/index'] }));
  writeFileSync(path.join(dir, 'app.js'), 'App({})\n');
  writeFileSync(path.join(dir, 'pages/a/index.json'), '{}');
  writeFileSync(path.join(dir, 'pages/a/index.js'), js);
  writeFileSync(path.join(dir, 'pages/a/index.wxml'), wxml);
  return dir;
}

describe('WeChat compiler (miniprogram-ci)', () => {
  let built: WechatCompileResult;

  it('compiles the weapp build without an error', { timeout: 600_000 }, async () => {
    built = await compileWithWechat(dist);
    expect(built.error).toBeUndefined();
    expect(built.ok).toBe(true);
    for (const page of JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')).pages as string[]) {
      expect(Object.keys(built.files)).toEqual(expect.arrayContaining([`${page}.js`, `${page}.wxml`]));
    }
  });

  it("passes WeChat's code-quality check: JS, WXML and WXSS minified, lazy code loading, main package under 1.5 MB", () => {
    expect(built?.ok).toBe(true);
    const failed = built.quality.filter((q) => !q.success).map((q) => `${q.name}: ${q.text}`);
    expect(failed).toEqual([]);
    expect(built.quality.map((q) => q.name)).toEqual(
      expect.arrayContaining(['JS_COMPRESS_OPEN', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'PACKAGE_SIZE_LIMIT']),
    );
  });

  it('ships a sitemap that keeps every page out of WeChat search', () => {
    const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'));
    expect(app.sitemapLocation).toBe('sitemap.json');
    expect(JSON.parse(readFileSync(path.join(dist, app.sitemapLocation), 'utf8'))).toEqual({ rules: [{ action: 'disallow', page: '*' }] });
    expect(built?.files['sitemap.json']).toBeGreaterThan(0);
  });

  it('accepts a well-formed page and rejects a broken template or script', { timeout: 300_000 }, async () => {
    const js = 'Page({ data: { a: 1 } })\n';
    const fine = await compileWithWechat(tinyApp('fine', js, '<view>{{a}}</view>\n'));
    expect(fine.error).toBeUndefined();

    const badWxml = await compileWithWechat(tinyApp('bad-wxml', js, '<view>{{a}}</vie\n'));
    expect(badWxml.ok).toBe(false);
    expect(badWxml.error).toMatch(/end tag/);

    const badJs = await compileWithWechat(tinyApp('bad-js', 'Page({ data: { a: 1 }\n', '<view>{{a}}</view>\n'));
    expect(badJs.ok).toBe(false);
    expect(badJs.error).toMatch(/pages\/a\/index\.js/);
  });
});
