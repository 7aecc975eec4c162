import type { AddressInfo } from 'node:net';
import Koa, { type Context } from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactRoutes } from './exactRoutes';

describe('exactRoutes', () => {
  let url: string;
  let server: ReturnType<Koa['listen']>;
  const logged: string[] = [];
  beforeAll(async () => {
    const app = new Koa();
    app.use(async (ctx, next) => {
      await next();
      logged.push(`${ctx.method} ${(ctx as Context & { _matchedRoute?: string })._matchedRoute ?? 'unmatched'}`);
    });
    app.use(exactRoutes({ 'GET /fast': async (ctx) => void (ctx.body = 'fast'), 'POST /write': async (ctx) => void (ctx.body = 'written') }));
    app.use((ctx) => void (ctx.body = 'slow'));
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('answers its method and exact path, HEAD through the GET entry, and records the route', async () => {
    expect(await (await fetch(`${url}/fast?x=1`)).text()).toBe('fast');
    const head = await fetch(`${url}/fast`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length')]).toEqual([200, '4']);
    expect(await (await fetch(`${url}/write`, { method: 'POST' })).text()).toBe('written');
    expect(logged.slice(-3)).toEqual(['GET /fast', 'HEAD /fast', 'POST /write']);
  });

  it('passes on another method, another path, a longer path and a NUL in the query string', async () => {
    expect(await (await fetch(`${url}/fast`, { method: 'POST' })).text()).toBe('slow');
    expect(await (await fetch(`${url}/write`)).text()).toBe('slow');
    expect(await (await fetch(`${url}/fast/more`)).text()).toBe('slow');
    expect(await (await fetch(`${url}/fast?q=a%00b`)).text()).toBe('slow');
    expect(logged.slice(-4)).toEqual(['POST unmatched', 'GET unmatched', 'GET unmatched', 'GET unmatched']);
  });
});
