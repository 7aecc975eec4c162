import { beforeEach, describe, expect, it, vi } from 'vitest';
import Taro from '@tarojs/taro';
import { storage } from '../../test/taro.mock';
import { ERROR_CODE_LIST } from '@lotus/server/contract/errors';
import { FRESH_MS, load, peek, send } from './request';

const request = Taro.request as unknown as ReturnType<typeof vi.fn>;
const ok = (data: unknown, etag = 'W/"1"') => ({ statusCode: 200, data: { data }, header: { ETag: etag } });

beforeEach(() => {
  storage.clear();
  request.mockReset();
  vi.useRealTimers();
});

describe('load (device cache with ETag)', () => {
  it('stores the answer with its ETag and serves it without network while fresh', async () => {
    request.mockResolvedValueOnce(ok([{ slug: 'paris' }]));
    const first = await load('/api/cities', { lang: 'zh-Hans' });
    expect(first).toMatchObject({ ok: true, data: [{ slug: 'paris' }], offline: false });
    expect(request.mock.calls[0][0].url).toBe('http://api.test/api/cities?lang=zh-Hans');
    const again = await load('/api/cities', { lang: 'zh-Hans' });
    expect(again).toMatchObject({ ok: true, data: [{ slug: 'paris' }] });
    expect(request).toHaveBeenCalledTimes(1);
    expect(peek('/api/cities', { lang: 'zh-Hans' })).toMatchObject({ data: [{ slug: 'paris' }] });
  });

  it('revalidates an old copy with If-None-Match and keeps it on 304', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    request.mockResolvedValueOnce(ok(['a'], 'W/"abc"'));
    await load('/api/updates', { lang: 'fr' });
    vi.setSystemTime(1_000_000 + FRESH_MS + 1);
    request.mockResolvedValueOnce({ statusCode: 304, data: '', header: {} });
    const res = await load('/api/updates', { lang: 'fr' });
    expect(request.mock.calls[1][0].header).toMatchObject({ 'If-None-Match': 'W/"abc"' });
    expect(res).toMatchObject({ ok: true, data: ['a'], savedAt: 1_000_000 + FRESH_MS + 1, offline: false });
  });

  it('shows the last copy, marked offline, when the network fails', async () => {
    request.mockResolvedValueOnce(ok(['a']));
    await load('/api/articles', { lang: 'fr' });
    request.mockRejectedValueOnce(new Error('offline'));
    const res = await load('/api/articles', { lang: 'fr' }, { force: true });
    expect(res).toMatchObject({ ok: true, data: ['a'], offline: true });
  });

  it('returns the error as a value when there is nothing saved', async () => {
    request.mockRejectedValueOnce(new Error('offline'));
    expect(await load('/api/articles', { lang: 'en' })).toEqual({ ok: false, error: { status: 0, code: 'network', message: '' } });
    request.mockResolvedValueOnce({ statusCode: 404, data: { error: { code: 'not_found', message: 'no such article' } }, header: {} });
    expect(await load('/api/articles/x', { lang: 'en' })).toEqual({ ok: false, error: { status: 404, code: 'not_found', message: 'no such article' } });
  });

  it('shares one network call between identical requests in flight', async () => {
    request.mockResolvedValueOnce(ok(['a']));
    const [a, b] = await Promise.all([load('/api/cities', { lang: 'en' }), load('/api/cities', { lang: 'en' })]);
    expect(request).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
  });
});

describe('send', () => {
  it('posts JSON and returns data or the server error', async () => {
    request.mockResolvedValueOnce({ statusCode: 201, data: { data: { reference: 'R1' } }, header: {} });
    expect(await send('POST', '/api/reports', { a: 1 })).toEqual({ ok: true, data: { reference: 'R1' } });
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'POST', data: { a: 1 }, header: { 'Content-Type': 'application/json' } });
    const body = { error: { code: 'invalid_phone', message: 'value is not a phone number', field: 'value' } };
    request.mockResolvedValueOnce({ statusCode: 400, data: body, header: {} });
    expect(await send('POST', '/api/check', {})).toEqual({ ok: false, error: { status: 400, ...body.error } });
  });
});

it('uses only codes the server can answer with', () => {
  for (const code of ['not_found', 'invalid_phone']) expect(ERROR_CODE_LIST).toContain(code);
});
