import { startFakeWechat, type FakeWechat } from '../../scripts/fake-wechat';
import { startTestServer, type TestServer } from './server';

/** A test server whose WeChat official account is the fake one: started together, closed together. */
export async function startTestServerWithWechat(options: Parameters<typeof startTestServer>[0] = {}): Promise<{ server: TestServer; wx: FakeWechat; close(): Promise<void> }> {
  const wx = await startFakeWechat({ port: 0 });
  try {
    const server = await startTestServer({ ...options, env: { ...options.env, WECHAT_API_BASE: wx.url, WECHAT_APPID: wx.appid, WECHAT_SECRET: wx.secret } });
    return {
      server,
      wx,
      async close() {
        await server.close();
        await wx.close();
      },
    };
  } catch (e) {
    await wx.close();
    throw e;
  }
}
