import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDir } from './support/build';
import { createWechat, findByText, textOf, walk, type PageInstance, type TreeNode, type Wechat } from './support/wechat';

/**
 * The weapp build itself (miniprogram/dist), run in Node inside a stand-in for the WeChat runtime
 * (support/wechat.ts). Its wx.request calls reach the real server. What this covers: app.js and each
 * page's script as built, Taro's runtime rendering through setData, events dispatched the way
 * base.wxml binds them, and every wx API call a page makes. What it does not: WXML/WXSS layout and
 * WeChat's own components (see the H5 tests and screenshots for what is drawn).
 */
const apiUrl = inject('apiUrl');
const distDir = buildDir('weapp');
let offline = false;
const fetchImpl: typeof fetch = (input, init) => (offline ? Promise.reject(new Error('offline')) : fetch(input, init));

let wc: Wechat;

const calls = (api: string, from = 0) => wc.calls.slice(from).filter((c) => c.api === api);
const requests = (from = 0) =>
  calls('request', from).map((c) => ({
    method: String(c.options.method ?? 'GET'),
    path: String(c.options.url).replace(/^https?:\/\/[^/]+/, ''),
    data: c.options.data,
  }));
const text = (page: PageInstance) => textOf(page.data.root);

/** Taps the first, deepest element showing `label` (or exactly `label`), then lets React render and requests finish. */
async function tap(page: PageInstance, label: string, { exact = false } = {}): Promise<void> {
  const node = findByText(page.data.root, label, exact);
  if (!node) throw new Error(`nothing shows "${label}" on ${page.route}: ${text(page).slice(0, 300)}`);
  wc.fire(page, node, 'tap');
  await wc.settle();
}

/** Types into the field whose placeholder is `placeholder`, as WeChat's input event does. */
async function type(page: PageInstance, placeholder: string, value: string): Promise<void> {
  const node = [...walk(page.data.root)].find((n) => Object.values(n).includes(placeholder));
  if (!node) throw new Error(`no field "${placeholder}" on ${page.route}`);
  wc.fire(page, node as TreeNode, 'input', { value, cursor: value.length });
  await wc.settle();
}

async function open(route: string, query: Record<string, string> = {}): Promise<PageInstance> {
  const page = wc.openPage(route, query);
  await wc.settle();
  return page;
}

/** APIs that would prompt the person, locate her, or make a sound. */
const INTRUSIVE = ['getLocation', 'authorize', 'login', 'getUserProfile', 'vibrateShort', 'vibrateLong', 'createInnerAudioContext'];

describe('weapp build in a WeChat stand-in', () => {
  beforeAll(() => {
    wc = createWechat({ distDir, apiBase: apiUrl, fetchImpl });
    wc.launch();
  });
  afterAll(() => wc.uninstall());

  it('opens Home from a flyer scene: updates loaded, scan counted once, city directory opened', async () => {
    const home = await open('pages/home/index', { scene: encodeURIComponent('c=paris&f=bt2611') });
    expect(requests()).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/api/updates?lang=zh-Hans', data: undefined },
        { method: 'POST', path: '/api/scan', data: { scene: 'c=paris&f=bt2611' } },
      ]),
    );
    expect(calls('navigateTo').map((c) => c.options.url)).toEqual(['/pages/directory/index?city=paris']);
    expect(text(home)).toContain('最新通知');
    expect(text(home)).toContain('机构地址');
    expect(text(home)).toContain('紧急求助');
    const share = (home.onShareAppMessage as (o: unknown) => Record<string, string>)({ from: 'menu' });
    expect(share).toEqual({ title: '生活小贴士', path: '/pages/home/index', imageUrl: '/assets/share.png' });
    expect(existsSync(path.join(distDir, 'assets/share.png'))).toBe(true);

    const mark = wc.calls.length;
    await open('pages/home/index', { scene: encodeURIComponent('c=paris&f=bt2611') });
    expect(requests(mark).filter((r) => r.path === '/api/scan')).toEqual([]);
  });

  it('lists a city directory with open-now badges and opens a service', async () => {
    const mark = wc.calls.length;
    const dir = await open('pages/directory/index', { city: 'paris' });
    expect(requests(mark).map((r) => r.path)).toEqual(expect.arrayContaining(['/api/services?city=paris&lang=zh-Hans', '/api/cities?lang=zh-Hans']));
    expect(text(dir)).toContain('莲花巴士');
    expect(text(dir)).toMatch(/现在开门|现在关门/);
    expect(wc.storage.get('lotus:lastCity')).toBe('paris');
    // Forwarded (the page's share button or the menu), the card reopens this city: its scene on Home's path.
    expect((dir.onShareAppMessage as (o: unknown) => Record<string, string>)({ from: 'button' }).path).toBe('/pages/home/index?scene=c%3Dparis');
    await tap(dir, '莲花巴士');
    expect(calls('navigateTo', mark).map((c) => c.options.url)).toEqual(['/pages/service/index?city=paris&id=paris%3Aparis-lotus-bus']);
  });

  it('shows a service from the device cache and calls, maps and copies', async () => {
    const mark = wc.calls.length;
    const svc = await open('pages/service/index', { city: 'paris', id: 'paris%3Aparis-lotus-bus' });
    expect(requests(mark)).toEqual([]);
    expect(text(svc)).toContain('周二20:00–01:00');
    expect(text(svc)).toContain('普通话');
    await tap(svc, '打电话 +33');
    expect(calls('makePhoneCall', mark).map((c) => c.options.phoneNumber)).toEqual(['+33 1 44 92 15 15']);
    await tap(svc, '看地图');
    expect(calls('openLocation', mark)[0].options).toMatchObject({ latitude: 48.8722, longitude: 2.3767, scale: 16 });
    await tap(svc, '复制地址');
    expect(String(calls('setClipboardData', mark)[0].options.data)).toContain('Boulevard de Belleville');
  });

  it('calls every emergency number in one tap, says 17 is the police, copies 114 for a text, never promises an unconfigured line', async () => {
    const mark = wc.calls.length;
    const page = await open('pages/emergency/index');
    const labels = ['112 欧洲紧急电话', '15 急救车', '17 警察（Police secours）', '115 紧急住宿', '119 儿童有危险', '3114 心理危机热线', '3919 女性求助热线'];
    for (const label of labels) await tap(page, label);
    expect(calls('makePhoneCall', mark).map((c) => c.options.phoneNumber)).toEqual(['112', '15', '17', '115', '119', '3114', '3919']);
    // No PROGRAMME_PHONE on this server: no call button, and nobody promised to speak Chinese.
    expect(text(page)).not.toContain('打给莲花巴士');
    expect(text(page)).not.toContain('说中文的工作人员');
    expect(text(page)).not.toContain('不会发出声音');
    await tap(page, '114 发短信求助');
    await wc.settle();
    await tap(page, '联系莲花巴士');
    await wc.settle();
    expect(calls('setClipboardData', mark).map((c) => c.options.data)).toEqual(['114', 'lotusbus@medecinsdumonde.net']);
    expect(calls('showToast', mark)[0].options.title).toContain('114');
    await tap(page, '阻断药（PEP）：去哪里拿');
    expect(calls('navigateTo', mark).map((c) => c.options.url)).toEqual(['/pages/articles/index?category=emergency']);
  });

  it('checks a number and explains an invalid one', async () => {
    const page = await open('pages/check/index');
    let mark = wc.calls.length;
    await tap(page, '查询');
    expect(text(page)).toContain('请先输入电话号码');
    await type(page, '例如 06 12 34 56 78', '12');
    await tap(page, '查询');
    expect(requests(mark)).toEqual([]);
    expect(text(page)).toContain('这不是一个有效的电话号码');

    mark = wc.calls.length;
    await type(page, '例如 06 12 34 56 78', '06 12 34 56 78');
    await tap(page, '查询');
    await wc.settle();
    // The install id, issued by the server (POST /api/device), goes with a check as with a report.
    expect(requests(mark).map((r) => r.path)).toContain('/api/device');
    const device = wc.storage.get('lotus:device');
    expect(requests(mark).filter((r) => r.path === '/api/check')).toEqual([{ method: 'POST', path: '/api/check', data: { kind: 'phone', value: '06 12 34 56 78', lang: 'zh-Hans', region: 'FR', device } }]);
    expect(text(page)).toContain('还没有姐妹提醒过这个号码');

    // "Report it too" opens the report with the number filled in, without putting it in the URL.
    mark = wc.calls.length;
    await tap(page, '我也要提醒');
    expect(calls('navigateTo', mark).map((c) => c.options.url)).toEqual(['/pages/report/index']);
    const report = await open('pages/report/index');
    expect([...walk(report.data.root)].some((n) => Object.values(n).includes('06 12 34 56 78'))).toBe(true);

    mark = wc.calls.length;
    await tap(page, '车牌');
    await type(page, '例如 AB-123-CD', 'AB-123-CD');
    await tap(page, '查询');
    await wc.settle();
    expect(requests(mark)[0].data).toMatchObject({ kind: 'plate', value: 'AB-123-CD' });
  });

  it('sends a report in three steps and keeps only its reference', async () => {
    const page = await open('pages/report/index');
    const mark = wc.calls.length;
    await type(page, '例如 06 12 34 56 78', '06 55 44 33 22');
    await tap(page, '下一步');
    await wc.settle();
    await tap(page, '不给钱');
    await tap(page, '下一步');
    await wc.settle();
    await type(page, '不要写你自己的名字或电话', '说好的钱没给');
    await tap(page, '发送');
    await wc.settle();
    const posted = requests(mark).filter((r) => r.path === '/api/reports');
    expect(posted).toHaveLength(1);
    expect(posted[0].data).toMatchObject({ kind: 'phone', value: '06 55 44 33 22', categories: ['non-payment'], level: 'risky', city: 'paris', details: '说好的钱没给' });
    const sent = wc.storage.get('lotus:reports:sent') as { reference: string }[];
    expect(sent).toHaveLength(1);
    expect(text(page)).toContain(sent[0].reference);
    expect(JSON.stringify(wc.storage.get('lotus:reports:sent'))).not.toContain('06 55 44 33 22');
    expect(wc.storage.get('lotus:reports:queue')).toEqual([]);

    // Withdrawing asks first; "cancel" leaves the report alone.
    let before = wc.calls.length;
    wc.answerModals(false);
    await tap(page, '撤回', { exact: true });
    expect(calls('showModal', before)[0].options).toMatchObject({ title: '撤回这条提醒？', confirmText: '撤回', cancelText: '取消' });
    expect(requests(before)).toEqual([]);
    before = wc.calls.length;
    wc.answerModals(true);
    await tap(page, '撤回', { exact: true });
    expect(requests(before)).toEqual([{ method: 'DELETE', path: `/api/reports/${encodeURIComponent(sent[0].reference)}`, data: undefined }]);
    expect(text(page)).toContain('已撤回');
    expect((wc.storage.get('lotus:reports:sent') as { withdrawn: boolean }[])[0].withdrawn).toBe(true);
  });

  it('sends a description without any number, and a city’s recent alerts show only what the team approved', async () => {
    const page = await open('pages/report/index');
    await tap(page, '没有号码 / 不知道号码');
    const mark = wc.calls.length;
    await tap(page, '巴黎', { exact: true });
    await tap(page, '抢东西');
    await type(page, '例如：四十岁左右，很高，光头，开白色的车。先说给很多钱，后来不给。', '光头，开白色的车');
    await tap(page, '发送');
    await wc.settle();
    const posted = requests(mark).filter((r) => r.path === '/api/description-alerts');
    expect(posted).toHaveLength(1);
    expect(posted[0].data).toMatchObject({ city: 'paris', categories: ['robbery'], text: '光头，开白色的车', device: expect.any(String) });
    expect(text(page)).toContain('收到了');
    const before = wc.calls.length;
    const alerts = await open('pages/alerts/index', { city: 'paris' });
    expect(requests(before).map((r) => r.path)).toContain('/api/description-alerts?city=paris');
    // Still pending: nothing shows until a moderator approves it.
    expect(text(alerts)).toContain('这个城市最近没有提醒。');
    expect(text(alerts)).toContain('我也要提醒大家');
  });

  it('switches the language for every page and remembers it', async () => {
    const home = await open('pages/home/index');
    const mark = wc.calls.length;
    await tap(home, '🌐');
    // WeChat offers the three languages its screen knows; the others are on the open web only.
    expect(text(home)).toContain('English');
    expect(text(home)).not.toContain('Română');
    await tap(home, 'Français', { exact: true });
    await wc.settle();
    expect(text(home)).toContain('Adresses');
    expect(wc.storage.get('lotus:lang')).toBe('fr');
    expect(requests(mark).map((r) => r.path)).toContain('/api/updates?city=paris&lang=fr');
    await tap(home, '🌐');
    await tap(home, '中文', { exact: true });
    await wc.settle();
    expect(text(home)).toContain('机构地址');
  });

  it('shows the cached directory with no network and says how old it is', async () => {
    for (const [key, value] of wc.storage) {
      if (key.startsWith('lotus:api:')) wc.storage.set(key, { ...(value as object), savedAt: Date.now() - 2 * 3600_000 });
    }
    offline = true;
    try {
      const dir = await open('pages/directory/index');
      expect(text(dir)).toContain('莲花巴士');
      expect(text(dir)).toContain('没有网络，显示的是2小时前保存的内容');
    } finally {
      offline = false;
    }
  });

  it('quick exit relaunches onto the neutral recipe page', async () => {
    const page = await open('pages/articles/index');
    const mark = wc.calls.length;
    await tap(page, '✕');
    expect(calls('reLaunch', mark).map((c) => c.options.url)).toEqual(['/pages/neutral/index']);
    const neutral = await open('pages/neutral/index');
    expect(text(neutral)).toContain('番茄炒蛋');
    expect(text(neutral)).not.toMatch(/莲花|Lotus|提醒/);
  });

  it('never asked for a permission, a login or a sound', () => {
    expect(wc.calls.filter((c) => INTRUSIVE.includes(c.api))).toEqual([]);
  });

  it('titles every page neutrally in the title bar, whatever it shows', () => {
    const titles = new Set(calls('setNavigationBarTitle').map((c) => c.options.title));
    expect([...titles].filter((t) => !['小贴士', 'Astuces', 'Tips', '今日菜谱'].includes(String(t)))).toEqual([]);
  });
});

describe('weapp cold start with an article scene', () => {
  beforeAll(() => {
    wc = createWechat({ distDir, apiBase: apiUrl, fetchImpl });
    wc.launch();
  });
  afterAll(() => wc.uninstall());

  it('routes a=pep to the article and renders its HTML through RichText', async () => {
    await open('pages/home/index', { scene: 'a%3Dpep' });
    expect(calls('navigateTo').map((c) => c.options.url)).toEqual(['/pages/article/index?slug=pep']);
    const mark = wc.calls.length;
    const article = await open('pages/article/index', { slug: 'pep' });
    expect(requests(mark).map((r) => r.path)).toEqual(['/api/articles/pep?lang=zh-Hans']);
    expect(text(article)).toContain('阻断药');
    expect((article.onShareAppMessage as (o: unknown) => Record<string, string>)({ from: 'button' }).path).toBe('/pages/home/index?scene=a%3Dpep');
    const html = [...walk(article.data.root)].flatMap((n) => Object.values(n)).find((v) => typeof v === 'string' && v.includes('<h2'));
    expect(html).toMatch(/font-size:17px/);
    await tap(article, 'A+');
    await wc.settle();
    const bigger = [...walk(article.data.root)].flatMap((n) => Object.values(n)).find((v) => typeof v === 'string' && v.includes('<h2'));
    expect(bigger).toMatch(/font-size:20px/);
  });

  it('lands on Home with no error for an unknown scene, and counts nothing', async () => {
    wc.uninstall();
    wc = createWechat({ distDir, apiBase: apiUrl, fetchImpl });
    wc.launch();
    const home = await open('pages/home/index', { scene: 'zz%3D9' });
    expect(calls('navigateTo')).toEqual([]);
    expect(requests().filter((r) => r.path === '/api/scan')).toEqual([]);
    expect(text(home)).toContain('最新通知');
  });
});
