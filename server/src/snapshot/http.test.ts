import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../test/db';
import { startTestServer, type TestServer } from '../../test/server';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Node's http, not fetch: fetch would decode the body and hide what was sent. */
function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (r: Raw) =>
  JSON.parse((r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8'));

const READS = ['/api/services?city=paris&lang=zh-Hans', '/api/services?city=paris&tag=testing', '/api/articles?lang=fr', '/api/articles/pep?lang=zh-Hans', '/api/cities', '/api/updates?lang=fr'];

describe(`public reads over HTTP on ${engine}`, () => {
  let s: TestServer;
  let now = new Date('2026-11-24T09:30:00Z');
  beforeAll(async () => {
    s = await startTestServer({ now: () => now });
  });
  afterAll(() => s.close());

  it.each(READS)('HEAD %s carries the same ETag, Cache-Control, Vary and type as GET, and no body', async (path) => {
    const get = await raw(`${s.url}${path}`, { 'accept-encoding': 'gzip, br' });
    const head = await raw(`${s.url}${path}`, { 'accept-encoding': 'gzip, br' }, 'HEAD');
    expect(get.status).toBe(200);
    expect(head.status).toBe(200);
    expect(get.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    for (const h of ['etag', 'cache-control', 'vary', 'content-type', 'content-encoding']) expect([h, head.headers[h]]).toEqual([h, get.headers[h]]);
    expect(head.body.length).toBe(0);
  });

  it.each(READS.filter((p) => p !== '/api/cities'))('%s: gzip, br and plain bodies are the same JSON, with one ETag', async (path) => {
    const plain = await raw(`${s.url}${path}`);
    const gzip = await raw(`${s.url}${path}`, { 'accept-encoding': 'gzip' });
    const br = await raw(`${s.url}${path}`, { 'accept-encoding': 'gzip;q=0.5, br' });
    expect(plain.body.length).toBeGreaterThanOrEqual(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.body.length).toBeLessThan(plain.body.length);
    expect(decode(gzip)).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(decode(br)).toEqual(JSON.parse(plain.body.toString('utf8')));
    expect(new Set([plain.headers.etag, gzip.headers.etag, br.headers.etag]).size).toBe(1);
    for (const r of [plain, gzip, br]) expect(r.headers.vary).toMatch(/Accept-Encoding/);
  });

  it('leaves answers under 1 KB uncompressed', async () => {
    const cities = await raw(`${s.url}/api/cities`, { 'accept-encoding': 'gzip, br' });
    expect(cities.body.length).toBeLessThan(1024);
    expect(cities.headers['content-encoding']).toBeUndefined();
    const small = await raw(`${s.url}/api/services?city=paris&q=${encodeURIComponent('no such service anywhere')}`, { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: [] });
  });

  it.each(READS)('%s: 304 with no body when If-None-Match holds its ETag, in any form; 200 otherwise', async (path) => {
    const first = await raw(`${s.url}${path}`);
    const tag = first.headers.etag as string;
    for (const sent of [tag, `"nope", ${tag}`, tag.replace(/^W\//, ''), '*']) {
      const again = await raw(`${s.url}${path}`, { 'if-none-match': sent, 'accept-encoding': 'br' });
      expect([sent, again.status, again.body.length]).toEqual([sent, 304, 0]);
      expect(again.headers.etag).toBe(tag);
      expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
    }
    expect((await raw(`${s.url}${path}`, { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });
});

describe(`openNow in the kept services list on ${engine}`, () => {
  let s: TestServer;
  let now = new Date('2026-03-30T07:30:00Z');
  beforeAll(async () => {
    s = await startTestServer({ env: { CONTENT_DIR: path.join(__dirname, '../../test/fixtures/content') }, now: () => now });
  });
  afterAll(() => s.close());

  it('recomputes openNow across the change to summer time while the list stays cached, and the ETag follows', async () => {
    const lyonOpen = async () => {
      const r = await raw(`${s.url}/api/services?city=lyon&lang=fr`);
      return { tag: r.headers.etag as string, open: (JSON.parse(r.body.toString('utf8')).data as Array<{ openNow: boolean }>).map((x) => x.openNow) };
    };
    // The day service opens 09:00–12:00 on weekdays. Clocks go forward on Sunday 29 March 2026 at 01:00 UTC.
    now = new Date('2026-03-30T07:30:00Z'); // Monday 09:30 CEST
    const monday = await lyonOpen();
    expect(monday.open).toEqual([true, false]);
    now = new Date('2026-03-30T07:30:59Z'); // same minute: the same prepared answer
    expect(await lyonOpen()).toEqual(monday);
    now = new Date('2026-03-27T07:30:00Z'); // Friday 08:30 CET, an hour earlier on the wall clock
    const friday = await lyonOpen();
    expect(friday.open).toEqual([false, false]);
    expect(friday.tag).not.toBe(monday.tag);
    const stale = await raw(`${s.url}/api/services?city=lyon&lang=fr`, { 'if-none-match': monday.tag });
    expect(stale.status).toBe(200);
    now = new Date('2026-03-30T07:30:00Z');
    expect(await lyonOpen()).toEqual(monday);
  });
});
