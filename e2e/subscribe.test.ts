import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TEMPLATE_ID, startFakeWechat, type FakeWechat } from '../scripts/fake-wechat';
import { signIn, type AdminClient } from '../server/test/admin';
import type { TestServer } from '../server/test/server';
import { buildDir } from './support/build';
import { ROOT, startRealServer, type RunningServer } from './support/server';
import { createWechat, findByText, textOf, type PageInstance, type Wechat } from './support/wechat';

/**
 * City alerts from the worker's side: the weapp build in the WeChat stand-in, against the real
 * server and the fake WeChat. She taps "有新提醒时通知我", WeChat asks her, a moderator approves a
 * dangerous report in her city, and the fake WeChat receives the message for her.
 */
const distDir = buildDir('weapp');
const PASSWORD = 'a-long-e2e-password-for-subscriptions';

let wx: FakeWechat;
let server: RunningServer;
let wc: Wechat;
let admin: AdminClient;
/** What she answers in WeChat's dialog, and who she is. */
let answer = 'accept';
let scene = 1001;
const openid = 'oE2eSubscriber000000000000001';

const text = (page: PageInstance) => textOf(page.data.root);
const requests = (from = 0) => wc.calls.slice(from).filter((c) => c.api === 'request').map((c) => `${String(c.options.method ?? 'GET')} ${String(c.options.url).replace(/^https?:\/\/[^/]+/, '')}`);

async function tap(page: PageInstance, label: string): Promise<void> {
  const node = findByText(page.data.root, label);
  if (!node) throw new Error(`nothing shows "${label}" on ${page.route}: ${text(page).slice(0, 400)}`);
  wc.fire(page, node, 'tap');
  await wc.settle();
}

async function open(route: string, query: Record<string, string> = {}): Promise<PageInstance> {
  const page = wc.openPage(route, query);
  await wc.settle();
  return page;
}

async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('city alerts by WeChat message, from the mini-program', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    wx = await startFakeWechat({ port: 0 });
    server = await startRealServer({
      env: {
        MINIPROGRAM_APPID: wx.appid,
        MINIPROGRAM_SECRET: wx.secret,
        WECHAT_API_BASE: wx.url,
        SUBSCRIBE_TEMPLATE_ID: FAKE_TEMPLATE_ID,
        SUBSCRIPTIONS_SECRET: 'lotus-e2e-subscriptions-secret-0123456789',
        LOG_LEVEL: 'warn',
      },
    });
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/mediator-add.ts', 'lin', '--role', 'admin'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: server.dataDir, NODE_ENV: 'test' },
      input: `${PASSWORD}\n`,
    });
    admin = await signIn({ url: server.url } as TestServer, 'lin', PASSWORD);
    wc = createWechat({ distDir, apiBase: server.url });
    // WeChat's dialog and login, as she would answer them; defined before the app starts, as WeChat's are.
    wc.wx.requestSubscribeMessage = (options: Record<string, unknown>) => {
      wc.calls.push({ api: 'requestSubscribeMessage', options });
      const ids = options.tmplIds as string[];
      if (answer === 'accept') wx.acceptSubscription(openid, ids[0]);
      const res = { errMsg: 'requestSubscribeMessage:ok', [ids[0]]: answer };
      (options.success as (r: unknown) => void)?.(res);
      (options.complete as (r: unknown) => void)?.(res);
    };
    wc.wx.login = (options: Record<string, unknown>) => {
      wc.calls.push({ api: 'login', options });
      const res = { errMsg: 'login:ok', code: wx.loginCode(openid).code };
      (options.success as (r: unknown) => void)?.(res);
      (options.complete as (r: unknown) => void)?.(res);
    };
    wc.wx.getEnterOptionsSync = () => ({ path: 'pages/alerts/index', query: { city: 'paris' }, scene });
    wc.launch();
  });
  afterAll(async () => {
    wc?.uninstall();
    await server?.stop();
    await wx?.close();
  });

  it('she taps the button, allows one message, and a report approved in the console reaches her within a minute', async () => {
    const check = await open('pages/check/index');
    expect(text(check)).toContain('有新提醒时通知我');
    // Nothing asked of her before she taps.
    expect(wc.calls.filter((c) => c.api === 'login' || c.api === 'requestSubscribeMessage')).toEqual([]);
    const mark = wc.calls.length;
    await tap(check, '有新提醒时通知我');
    await until(() => requests(mark).includes('POST /api/subscriptions'));
    await wc.settle();
    expect(wc.calls.slice(mark).map((c) => c.api).filter((a) => a !== 'request')).toEqual(['requestSubscribeMessage', 'login']);
    expect(text(check)).toContain('已开启');
    expect(text(check)).toContain('不再通知');

    const reported = await fetch(`${server.url}/api/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'phone', value: '06 98 76 54 32', categories: ['violence'], level: 'dangerous', city: 'paris', device: 'e2e-subscribe-device-0001' }),
    });
    expect(reported.status).toBe(201);
    const pending = await admin.call('GET', '/api/admin/reports?status=pending');
    const id = (pending.json.data as Array<{ id: string }>)[0].id;
    const approvedAt = Date.now();
    expect((await admin.call('POST', `/api/admin/reports/${id}/approve`)).status).toBe(200);
    await until(() => wx.subscribeMessages.some((m) => m.touser === openid));
    const tookMs = Date.now() - approvedAt;
    expect(tookMs).toBeLessThan(60_000);
    const [message] = wx.subscribeMessages;
    expect(message.page).toBe('pages/alerts/index?city=paris');
    expect(message.data.thing1.value).toBe('生活小贴士：巴黎有新的提醒');
    expect(JSON.stringify(message)).not.toMatch(/98 ?76|0698765432|violence/);
    console.log(`the message reached the fake WeChat ${tookMs} ms after the approval`);
  });

  it('opened from the message, the app offers once, in place, to be told again', async () => {
    scene = 1014;
    const page = await open('pages/alerts/index', { city: 'paris' });
    expect(text(page)).toContain('下次有新提醒时，还要通知你吗？');
    await tap(page, '不用了');
    expect(text(page)).toContain('有新提醒时通知我');
    expect(text(page)).not.toContain('还要通知你吗');
    const again = await open('pages/check/index');
    expect(text(again)).not.toContain('还要通知你吗');
    scene = 1001;
  });

  it('"不再通知" withdraws it in one tap; a refusal in the dialog sends nothing to the server', async () => {
    const page = await open('pages/check/index');
    await tap(page, '有新提醒时通知我');
    expect(text(page)).toContain('已开启');
    const mark = wc.calls.length;
    await tap(page, '不再通知');
    await until(() => requests(mark).includes('POST /api/subscriptions/withdraw'));
    await wc.settle();
    expect(text(page)).toContain('好的，不会再通知你。');

    answer = 'reject';
    const before = wc.calls.length;
    await tap(page, '有新提醒时通知我');
    expect(text(page)).toContain('没有开启');
    expect(requests(before)).not.toContain('POST /api/subscriptions');
  });
});
