import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { plantedIdentifier } from '../../test/planted';
import { normalizeIdentifier } from '../alerts/normalize';
import { loadConfig } from '../config';
import { seedCities, seedDescription, seedReport } from '../digest/testSeed';
import { decodeQr, darkShare, pdfFonts, pdfText, rasterizePdf } from '../flyers/testRaster';
import { getScreener } from '../screen';
import { identifierTail, renderSheet, sheetContent, TAIL_MAX } from './index';

const FONT = loadConfig({}).FLYER_FONT;
const H5 = 'https://lotus.example.org/h5/';
// Monday 30 November 2026, 10:00 in Paris: the sheet covers September to November.
const NOW = new Date('2026-11-30T09:00:00Z');
/** Where the test leaves the rasterised pages, for a person to look at. */
const SHOTS = process.env.LOTUS_SHEET_SHOTS;

const REPORTED = [
  { kind: 'phone' as const, value: '06 12 34 56 78', categories: ['violence' as const, 'robbery' as const], level: 'dangerous' as const, month: '2026-11' },
  { kind: 'phone' as const, value: '+86 138 0013 8000', categories: ['non-payment' as const], level: 'risky' as const, month: '2026-10' },
  { kind: 'wechat' as const, value: 'zhangwei_2024', categories: ['harassment' as const], level: 'annoying' as const, month: '2026-11' },
  { kind: 'plate' as const, value: 'AB-123-CD', categories: ['stealthing' as const, 'refuses-tools' as const], level: 'dangerous' as const, month: '2026-09' },
  { kind: 'email' as const, value: 'bad.guy@example.com', categories: ['fake-client' as const], level: 'risky' as const, month: '2026-11' },
];

describe(`alerts sheet (${engine})`, () => {
  let db: TestDb;
  const render = async (test = false) => renderSheet({ content: await sheetContent(db.dataSource.manager, 'paris', NOW), fontFile: FONT, h5Url: H5, wechat: null, test });

  beforeAll(async () => {
    db = await createTestDb();
    await db.dataSource.transaction(async (m) => {
      await seedCities(m);
      for (const r of REPORTED) await seedReport(m, { ...r, city: 'paris' });
      // The same number reported twice: one row, counted twice, categories merged.
      await seedReport(m, { kind: 'phone', value: '0612345678', categories: ['other'], level: 'risky', city: 'paris', month: '2026-10' });
      // Too old, not approved, or another city: not on Paris's sheet.
      await seedReport(m, { kind: 'phone', value: '07 11 22 33 44', categories: ['robbery'], level: 'dangerous', city: 'paris', month: '2026-08' });
      await seedReport(m, { kind: 'phone', value: '07 55 66 77 88', categories: ['robbery'], level: 'dangerous', city: 'paris', status: 'pending', decidedAt: null });
      await seedReport(m, { kind: 'phone', value: '07 99 88 77 66', categories: ['robbery'], level: 'dangerous', city: 'lyon' });
      await seedDescription(m, { city: 'paris', area: '美丽城地铁站', categories: ['violence'], level: 'danger', month: '2026-11', text: '高个子，四十岁左右，开白色丰田车，常在晚上十点以后出现。先说好价钱，进房间以后动手，抢走手机。' });
      await seedDescription(m, { city: 'paris', area: null, categories: ['non-payment', 'harassment'], level: 'caution', month: '2026-10', text: 'Homme d’une cinquantaine d’années, lunettes, parle un peu chinois. Refuse de payer après, revient plusieurs fois. 电话 06 98 76 54 32' });
      await seedDescription(m, { city: 'paris', categories: ['other'], level: 'information', month: '2026-09', text: '最近有人冒充警察检查证件，要钱。' });
      await seedDescription(m, { city: 'paris', categories: ['other'], level: null, text: '等待审核的描述', status: 'pending', decidedAt: null });
    });
  });
  afterAll(() => db.close());

  it('keeps at most the last 4 characters of any identifier, taken from what masked shows', () => {
    fc.assert(
      fc.property(plantedIdentifier, (p) => {
        let id;
        try {
          id = normalizeIdentifier(p.kind, p.written);
        } catch {
          return; // a form the normaliser refuses is never stored
        }
        // What masked itself keeps (the moderators' view): 4 characters of a WeChat ID or plate; a phone's
        // country code, first digit and last 2; an e-mail's two initials and its top-level domain.
        const visible = id.masked.replace(/[^A-Za-z0-9]/g, '');
        if (p.kind === 'wechat' || p.kind === 'plate') expect(visible.length).toBeLessThanOrEqual(4);
        if (p.kind === 'phone') expect(id.masked.split(' ').slice(1).join('').replace(/\D/g, '').length).toBe(3);
        if (p.kind === 'email') expect(visible.length).toBe(2 + id.normalized.split('.').pop()!.length);
        const tail = identifierTail(id.masked);
        if (tail === null) return;
        expect(tail.length).toBeLessThanOrEqual(TAIL_MAX);
        expect(id.normalized.toLowerCase().replace(/[^a-z0-9]/g, '').endsWith(tail.toLowerCase())).toBe(true);
      }),
      { numRuns: 400 },
    );
    expect(REPORTED.map((r) => identifierTail(normalizeIdentifier(r.kind, r.value).masked))).toEqual(['78', '00', '24', 'CD', 'com']);
  });

  it('lists the description alerts in full and, for identifiers, only kind, last characters, what, month and count; no full identifier anywhere in the PDF', async () => {
    const pdf = await render();
    expect(pdfFonts(pdf)).toMatch(/\+WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const text = pdfText(pdf);
    const flat = text.replace(/\s+/g, ' ');
    for (const expected of ['Lotus Bus 提醒单', '巴黎 · Paris', '2026年11月30日打印', 'imprimée le 30 novembre 2026', '完整的号码请在小程序里查询', 'Vérifiez le numéro complet dans le mini-programme']) expect(flat).toContain(expected);
    expect(flat).toContain('▲ 危险 Danger · 美丽城地铁站 · 2026年11月');
    expect(flat).toContain("Homme d'une cinquantaine");
    expect(text.replace(/\s+/g, '')).toContain('先说好价钱，进房间以后动手，抢走手机。');
    expect(flat).toContain('△ 要小心 Prudence · 2026年10月');
    expect(flat).toContain('Refuse de payer après');
    expect(flat).toContain('ⓘ 提醒 Information');
    for (const tail of ['…78', '…00', '…24', '…CD', '…com']) expect(flat).toContain(tail);
    expect(flat).toContain('2 次 · 2 fois');
    expect(flat).not.toContain('等待审核');
    // Sheets get photographed and passed on in WeChat: nothing blocked; the one warning is the police a description names.
    expect(getScreener(path.resolve(__dirname, '../../../content/words.yaml')).screen(text).map((h) => [h.level, h.category])).toEqual([['warn', 'police']]);

    const digits = text.replace(/\D/g, '');
    for (const r of REPORTED) {
      const id = normalizeIdentifier(r.kind, r.value);
      for (const whole of [r.value, id.normalized, id.masked]) expect(text).not.toContain(whole);
    }
    for (const run of ['0612345678', '612345678', '12345678', '13800138000', '0013', '98765432', '7654', '11223344', '99887766', '55667788']) expect(digits).not.toContain(run);
    for (const piece of ['zhangwei', 'zh•', 'AB-', 'AB•', '123', 'bad.guy', 'example', 'b•••', '+33', '+86', '••• ••', '•2', '3•']) expect(text).not.toContain(piece);
    // The number a description held is gone whole, as in the digest.
    expect(flat).toContain('plusieurs fois. 电话 •••');
  });

  it('is an A4 page a person can read and a phone can scan: the code opens the mini-program’s check page', async () => {
    const pdf = await render();
    const { png, file } = rasterizePdf(pdf, 'sheet-paris', 100);
    // 210 × 297 mm at 100 dpi.
    expect(png.width).toBe(827);
    expect(png.height).toBeGreaterThanOrEqual(1169);
    expect(png.height).toBeLessThanOrEqual(1170);
    expect(decodeQr(png)).toBe('https://lotus.example.org/h5/?scene=p%3Dcheck');
    // Ink in the header, the panel, the descriptions; the margins stay white.
    expect(darkShare(png, 0.05, 0.16)).toBeGreaterThan(0.02);
    expect(darkShare(png, 0.3, 0.6)).toBeGreaterThan(0.01);
    expect(darkShare(png, 0, 0.015)).toBe(0);
    if (SHOTS) fs.copyFileSync(file, path.join(SHOTS, 'sheet-paris.png'));
    if (SHOTS) fs.copyFileSync(rasterizePdf(pdf, 'sheet-paris-150', 150).file, path.join(SHOTS, 'sheet-paris-150.png'));
  });

  it('runs onto more pages when the list is long, with the table header again and page numbers, and stamps a test print', async () => {
    await db.dataSource.transaction(async (m) => {
      for (let i = 0; i < 40; i++) await seedReport(m, { kind: 'phone', value: `06 20 30 40 ${String(i).padStart(2, '0')}`, categories: ['violence', 'non-payment', 'harassment'], level: 'risky', city: 'paris', month: '2026-11' });
    });
    const pdf = await render(true);
    const pages = pdfText(pdf).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.replace(/\s+/g, '')).toContain(`${i + 1}/${pages.length}`);
      expect(page).toContain('TEST · 测试样张 · ne pas distribuer');
    });
    expect(pages[1]).toContain('最后几位');
    if (SHOTS) {
      const dir = fs.mkdtempSync(path.join(SHOTS, 'pages-'));
      fs.writeFileSync(path.join(dir, 'sheet.pdf'), pdf);
    }
  });

  it('names an unknown city', async () => {
    await expect(sheetContent(db.dataSource.manager, 'atlantis', NOW)).rejects.toMatchObject({ status: 404, code: 'city_not_found' });
  });
});
