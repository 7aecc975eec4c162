import path from 'node:path';
import pino from 'pino';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from '../../../scripts/fake-wechat';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { loadConfig } from '../config';
import type { AppDeps } from '../context';
import type { AppError } from '../errors';
import { miniProgramCodeMaker } from './codeMaker';
import { flyerQr, loadFlyerTexts, privateAddress, renderFlyer, TEST_STAMP, type FlyerQr } from './index';
import { darkShare, decodeQr, pdfFonts, pdfText, rasterizePdf } from './testRaster';

const CONTENT = path.resolve(__dirname, '../../../content');
const FONT = loadConfig({}).FLYER_FONT;
const H5 = 'https://lotus.example.org/h5/';
const texts = loadFlyerTexts(CONTENT);
const render = (format: 'pdf' | 'svg', qr: FlyerQr, langs: Array<'zh-Hans' | 'fr'> = ['zh-Hans', 'fr']) =>
  renderFlyer({ format, qr, texts, langs, code: 'bt2611', fontFile: FONT });

describe('flyer PDF and SVG', () => {
  it('prints the H5 URL with the scene when WeChat is not configured', async () => {
    const qr = await flyerQr('c=paris&f=bt2611', { h5Url: 'https://lotus.example.org/h5/#/' });
    expect(qr.kind === 'url' && qr.url).toBe('https://lotus.example.org/h5/?scene=c%3Dparis%26f%3Dbt2611#/');
  });

  it('renders an A6 card whose Chinese is embedded, whose QR code decodes, and which is not blank', async () => {
    const pdf = await render('pdf', await flyerQr('c=paris&f=bt2611', { h5Url: H5 }));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfFonts(pdf)).toMatch(/\+WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const text = pdfText(pdf);
    for (const line of [...texts.lines['zh-Hans'], ...texts.lines.fr, texts.contact, 'bt2611']) expect(text).toContain(line);

    const { png, file } = rasterizePdf(pdf, 'flyer-plain');
    // 105 × 148 mm at 200 dpi.
    expect([png.width, png.height]).toEqual([827, 1166]);
    expect(decodeQr(png)).toBe('https://lotus.example.org/h5/?scene=c%3Dparis%26f%3Dbt2611');
    // Ink in the title band, the QR code, the text lines and the contact; margins stay white.
    expect(darkShare(png, 0.06, 0.16)).toBeGreaterThan(0.02);
    expect(darkShare(png, 0.2, 0.52)).toBeGreaterThan(0.15);
    expect(darkShare(png, 0.56, 0.74)).toBeGreaterThan(0.02);
    expect(darkShare(png, 0.92, 0.97)).toBeGreaterThan(0.005);
    expect(darkShare(png, 0, 0.03)).toBe(0);
    expect(file).toMatch(/flyer-plain\.png$/);
  });

  it('prints one language alone when asked', async () => {
    const text = pdfText(await render('pdf', await flyerQr('p=check&f=x1', { h5Url: H5 }), ['fr']));
    expect(text).toContain(texts.lines.fr[0]);
    expect(text).not.toContain(texts.lines['zh-Hans'][0]);
  });

  it('draws the same card as a self-contained SVG (text as outlines) that a browser renders and a phone can scan', async () => {
    const svg = (await render('svg', await flyerQr('c=paris&f=bt2611', { h5Url: H5 }))).toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="105mm" height="148mm"/);
    expect(svg).not.toMatch(/<text|font-family|https?:\/\/(?!www\.w3\.org)/);
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 600, height: 846 } });
      await page.setContent(`<body style="margin:0">${svg.replace('width="105mm" height="148mm"', 'width="600" height="846"')}</body>`);
      const png = PNG.sync.read(await page.screenshot());
      expect(decodeQr(png)).toBe('https://lotus.example.org/h5/?scene=c%3Dparis%26f%3Dbt2611');
      expect(darkShare(png, 0.56, 0.74)).toBeGreaterThan(0.02);
    } finally {
      await browser.close();
    }
  });
});

describe('flyers that would lead nowhere', () => {
  it('knows the addresses a phone cannot reach', () => {
    for (const url of ['http://127.0.0.1:10086/', 'http://localhost:3000/', 'http://[::1]/', 'http://10.0.0.4/', 'http://172.20.1.1/', 'http://192.168.1.20/h5/', 'http://169.254.3.3/', 'http://lotus-pc/', 'http://bus.local/', 'http://[fd00::1]/', 'http://[::ffff:127.0.0.1]/']) {
      expect([url, privateAddress(url)]).toEqual([url, true]);
    }
    for (const url of ['https://lotus.example.org/h5/', 'http://8.8.8.8/', 'http://172.32.0.1/', 'https://[2001:db8::1]/']) {
      expect([url, privateAddress(url)]).toEqual([url, false]);
    }
  });

  it('refuses a code that opens this machine, unless for a test print, which is stamped TEST', async () => {
    const err = (await flyerQr('c=paris&f=bt2611', { h5Url: 'http://127.0.0.1:10086/' }).catch((e: unknown) => e)) as AppError;
    expect([err.status, err.code, err.message]).toEqual([
      409,
      'flyer_private_address',
      'The code would open http://127.0.0.1:10086/?scene=c%3Dparis%26f%3Dbt2611, which a phone cannot reach: set H5_URL to the public address of the H5 build (or MINIPROGRAM_APPID and MINIPROGRAM_SECRET), or ask for a test print',
    ]);
    const qr = await flyerQr('c=paris&f=bt2611', { h5Url: 'http://127.0.0.1:10086/', test: true });
    const stamped = pdfText(await renderFlyer({ format: 'pdf', qr, texts, langs: ['zh-Hans', 'fr'], code: 'bt2611', fontFile: FONT, test: true }));
    expect(stamped).toContain(TEST_STAMP);
    expect(pdfText(await render('pdf', await flyerQr('c=paris&f=bt2611', { h5Url: H5 })))).not.toContain('TEST');
  });
});

describe(`official mini-program code through the WeChat gateway against the fake WeChat (${engine})`, () => {
  let db: TestDb;
  let wx: FakeWechat;
  let deps: AppDeps;
  beforeAll(async () => {
    db = await createTestDb();
    wx = await startFakeWechat();
    const config = loadConfig({ NODE_ENV: 'test', MINIPROGRAM_APPID: wx.appid, MINIPROGRAM_SECRET: wx.secret, WECHAT_API_BASE: wx.url });
    deps = { config, db, logger: pino({ level: 'silent' }), now: () => new Date() };
  });
  afterAll(async () => {
    await wx.close();
    await db.close();
  });

  it('is used only when the mini-program credentials are set', () => {
    expect(miniProgramCodeMaker({ ...deps, config: loadConfig({ NODE_ENV: 'test', MINIPROGRAM_APPID: wx.appid }) })).toBeNull();
    expect(miniProgramCodeMaker(deps)).not.toBeNull();
  });

  it('asks wxacode.getUnlimited for the scene on the home page and prints the PNG it returns', async () => {
    const qr = await flyerQr('a=pep&f=bt2611', { h5Url: H5, wechat: miniProgramCodeMaker(deps) });
    expect(qr.kind).toBe('wxacode');
    expect(wx.calls.filter((c) => c.path === '/wxa/getwxacodeunlimit').map((c) => c.body)).toEqual([
      { scene: 'a=pep&f=bt2611', page: 'pages/home/index', width: 860, check_path: true },
    ]);
    const { png } = rasterizePdf(await render('pdf', qr), 'flyer-wxacode');
    // The fake draws the scene itself as a QR code, so the printed code decodes to exactly the scene.
    expect(decodeQr(png)).toBe('a=pep&f=bt2611');
  });

  it('turns a WeChat refusal into a message for the mediator', async () => {
    wx.failNext('/wxa/getwxacodeunlimit', 45009);
    const err = (await flyerQr('c=paris&f=q1', { h5Url: H5, wechat: miniProgramCodeMaker(deps) }).catch((e: unknown) => e)) as AppError;
    expect({ status: err.status, code: err.code, message: err.message }).toEqual({
      status: 502,
      code: 'wechat',
      message: "WeChat's daily quota for this action is used up. Try again tomorrow.",
    });
  });
});
