import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh launch: the module (and its "asked once" memory) and the stand-in storage are new each time. */
async function launch() {
  vi.resetModules();
  const mock = await import('../../test/taro.mock');
  const request = mock.default.request as unknown as ReturnType<typeof vi.fn>;
  const { deviceId } = await import('./device');
  return { storage: mock.storage, request, deviceId };
}

beforeEach(() => vi.resetModules());

describe('deviceId', () => {
  it('sends the id held, keeps the one the server issues, and asks once per launch', async () => {
    const { storage, request, deviceId } = await launch();
    storage.set('lotus:device', 'made-on-the-phone-0001');
    request.mockResolvedValueOnce({ statusCode: 200, data: { data: { device: 'issued-by-server-0001' } }, header: {} });
    expect(await deviceId()).toBe('issued-by-server-0001');
    expect(await deviceId()).toBe('issued-by-server-0001');
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0][0]).toMatchObject({ method: 'POST', data: { device: 'made-on-the-phone-0001' } });
    expect(storage.get('lotus:device')).toBe('issued-by-server-0001');
  });

  it('uses the id held when the network fails, and asks again next time', async () => {
    const { storage, request, deviceId } = await launch();
    storage.set('lotus:device', 'made-on-the-phone-0002');
    request.mockRejectedValueOnce(new Error('offline'));
    expect(await deviceId()).toBe('made-on-the-phone-0002');
    request.mockResolvedValueOnce({ statusCode: 200, data: { data: { device: 'made-on-the-phone-0002' } }, header: {} });
    expect(await deviceId()).toBe('made-on-the-phone-0002');
    expect(request).toHaveBeenCalledTimes(2);
  });
});
