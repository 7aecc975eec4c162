import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from './body';
import { errorHandler } from './errors';
import { inputGuard } from './hardening';

interface Answer {
  status: number;
  json: { body?: unknown; general?: boolean; error?: { code: string } };
}

/** One POST, either with Content-Length (the short reader's case) or chunked (always @koa/bodyparser). */
function post(port: number, text: string, { chunked = false, type = 'application/json' } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(text, 'utf8');
    const headers: Record<string, string | number> = { 'Content-Type': type, ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': bytes.length }) };
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/echo', headers }, (res) => {
      let out = '';
      res.on('data', (d) => (out += d));
      res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(out) }));
    });
    req.on('error', reject);
    // In pieces, so a character may be split between two of them.
    for (let i = 0; i < bytes.length; i += 1000) req.write(bytes.subarray(i, i + 1000));
    req.end();
  });
}

describe('JSON bodies', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    const app = new Koa();
    app.context.deps = { logger: { error: () => undefined } } as never;
    app.use(errorHandler());
    app.use(jsonBody());
    app.use(inputGuard());
    // rawBody is what @koa/bodyparser leaves; the short reader leaves none.
    app.use((ctx) => {
      ctx.body = { body: ctx.request.body, general: (ctx.request as { rawBody?: string }).rawBody !== undefined };
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  const chinese = JSON.stringify({ kind: 'phone', value: '06 12 34 56 78', details: '他在停车场等我，'.repeat(400) });
  const cases = [
    JSON.stringify({ kind: 'phone', value: '06 12 34 56 78', lang: 'zh-Hans' }),
    '',
    '"not an object"',
    '[1, {"a": null}]',
    '  \n{"a": 1}',
    '{"__proto__": {"admin": true}}',
    '{"constructor": {"prototype": {"admin": true}}}',
    '{"kind": "phone",',
    '{"va\\u0000lue": "06\\u0000 12 34 56 78", "list": ["a\\u0000b"]}',
    chinese,
  ];

  it('reads a small plain body as @koa/bodyparser reads it, error for error', async () => {
    for (const text of cases) {
      const short = await post(port, text);
      const general = await post(port, text, { chunked: true });
      expect(general.json.general ?? true, text.slice(0, 40)).toBe(true);
      expect(short.json.general ?? false, text.slice(0, 40)).toBe(false);
      expect({ status: short.status, body: short.json.body, error: short.json.error }, text.slice(0, 40)).toEqual({
        status: general.status,
        body: general.json.body,
        error: general.json.error,
      });
    }
    expect((await post(port, cases[8])).json.body).toEqual({ value: '06 12 34 56 78', list: ['ab'] });
    expect((await post(port, cases[5])).json.error?.code).toBe('invalid_json');
    expect((await post(port, chinese)).json.body).toEqual(JSON.parse(chinese));
  });

  it('leaves larger bodies and other types to @koa/bodyparser', async () => {
    const large = JSON.stringify({ text: 'x'.repeat(20_000) });
    expect(await post(port, large)).toEqual({ status: 200, json: { body: JSON.parse(large), general: true } });
    const typed = await post(port, '{"a":1}', { type: 'application/vnd.api+json' });
    expect(typed).toEqual({ status: 200, json: { body: { a: 1 }, general: true } });
    expect(await post(port, '{"a":1}', { type: 'application/json; charset=utf-8' })).toEqual({ status: 200, json: { body: { a: 1 }, general: false } });
  });
});
