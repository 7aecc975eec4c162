import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh launch with WeChat's subscription dialog, login and entry scene scripted. */
async function launch({ answer = 'accept', scene = 1001 }: { answer?: string; scene?: number } = {}) {
  vi.resetModules();
  const mock = await import('../../test/taro.mock');
  mock.storage.clear();
  const taro = mock.default as unknown as Record<string, unknown>;
  const request = taro.request as ReturnType<typeof vi.fn>;
  request.mockReset();
  const ask = vi.fn(async ({ tmplIds }: { tmplIds: string[] }) => ({ errMsg: 'requestSubscribeMessage:ok', [tmplIds[0]]: answer }));
  let codes = 0;
  taro.requestSubscribeMessage = ask;
  taro.login = vi.fn(async () => ({ code: `code-${++codes}`, errMsg: 'login:ok' }));
  taro.getEnterOptionsSync = () => ({ scene, path: 'pages/alerts/index', query: { city: 'paris' } });
  const service = await import('./subscriptions');
  return { ...service, request, ask, storage: mock.storage };
}

const reply = (statusCode: number, data: unknown) => ({ statusCode, data, header: {} });

beforeEach(() => vi.resetModules());

describe('city alerts by subscription message', () => {
  it('reads the template id the server serves', async () => {
    const { subscriptionTemplate, request } = await launch();
    request.mockResolvedValueOnce(reply(200, { data: { templateId: 'TPL1' } }));
    expect(await subscriptionTemplate()).toBe('TPL1');
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'GET', url: 'http://api.test/api/subscriptions' });
  });

  it('asks WeChat for one message, then sends a fresh login code and the cities; remembers them until they expire', async () => {
    const { subscribe, localSubscription, request, ask } = await launch();
    request.mockResolvedValueOnce(reply(201, { data: { cities: ['lyon', 'paris'], expiresAt: '2027-03-01T12:00:00.000Z' } }));
    expect(await subscribe('TPL1', ['paris'])).toBe('on');
    expect(ask).toHaveBeenCalledWith({ tmplIds: ['TPL1'] });
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'POST', url: 'http://api.test/api/subscriptions', data: { code: 'code-1', cities: ['paris'] } });
    expect(localSubscription(Date.parse('2027-02-28T00:00:00Z'))).toEqual({ cities: ['lyon', 'paris'], until: Date.parse('2027-03-01T12:00:00.000Z') });
    expect(localSubscription(Date.parse('2027-03-02T00:00:00Z'))).toBeNull();
  });

  it('sends nothing when she says no in the dialog, and says so', async () => {
    const { subscribe, request, localSubscription } = await launch({ answer: 'reject' });
    expect(await subscribe('TPL1', ['paris'])).toBe('declined');
    expect(request).not.toHaveBeenCalled();
    expect(localSubscription()).toBeNull();
  });

  it('keeps nothing when the server refuses', async () => {
    const { subscribe, request, localSubscription } = await launch();
    request.mockResolvedValueOnce(reply(400, { error: { code: 'invalid_format', message: 'code is not a fresh wx.login code', field: 'code' } }));
    expect(await subscribe('TPL1', ['paris'])).toBe('failed');
    expect(localSubscription()).toBeNull();
  });

  it('"不再通知" withdraws with a fresh login code and forgets it', async () => {
    const { subscribe, withdraw, localSubscription, request } = await launch();
    request.mockResolvedValueOnce(reply(201, { data: { cities: ['paris'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }));
    await subscribe('TPL1', ['paris']);
    request.mockResolvedValueOnce(reply(200, { data: { withdrawn: true } }));
    expect(await withdraw()).toBe(true);
    expect(request.mock.calls[1][0]).toMatchObject({ method: 'POST', url: 'http://api.test/api/subscriptions/withdraw', data: { code: 'code-2' } });
    expect(localSubscription()).toBeNull();
  });

  it('opened from a message while subscribed: offers to renew once, then not again', async () => {
    const { subscribe, messageArrived, localSubscription, request } = await launch({ scene: 1014 });
    expect(messageArrived()).toBe(false);
    request.mockResolvedValueOnce(reply(201, { data: { cities: ['paris'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }));
    await subscribe('TPL1', ['paris']);
    expect(messageArrived()).toBe(true);
    expect(localSubscription()).toBeNull();
    expect(messageArrived()).toBe(false);
  });

  it('opened any other way: the subscription stays on', async () => {
    const { subscribe, messageArrived, localSubscription, request } = await launch({ scene: 1001 });
    request.mockResolvedValueOnce(reply(201, { data: { cities: ['paris'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }));
    await subscribe('TPL1', ['paris']);
    expect(messageArrived()).toBe(false);
    expect(localSubscription()?.cities).toEqual(['paris']);
  });
});
