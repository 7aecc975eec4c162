import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, engine, type TestDb } from '../../test/db';
import { Digest } from '../entities';
import { seedCities, seedDescription, seedReport } from '../digest/testSeed';
import { getScreener } from '../screen';
import digestDraft from './digestDraft';

const CONTENT = path.resolve(__dirname, '../../../content');
// Monday 30 November 2026, 07:00 in Paris: the job drafts the week of 23–29 November.
const NOW = new Date('2026-11-30T06:00:00Z');

describe(`digestDraft (${engine})`, () => {
  let db: TestDb;
  const run = (props: { city?: string; day?: string } = {}) =>
    db.dataSource.transaction((m) => digestDraft({ m, now: NOW, contentDir: CONTENT, actor: null, ...props }));

  beforeAll(async () => {
    db = await createTestDb();
    await db.dataSource.transaction(async (m) => {
      await seedCities(m);
      // In the week, Paris days: 00:30 on Monday 23rd counts, 23:30 on Sunday 22nd and 00:30 on Monday 30th do not.
      await seedReport(m, { value: '06 12 34 56 78', categories: ['violence', 'robbery'], level: 'dangerous', city: 'paris', decidedAt: new Date('2026-11-22T23:30:00Z') });
      await seedReport(m, { kind: 'wechat', value: 'zhangwei_2024', categories: ['non-payment'], level: 'risky', city: 'paris', decidedAt: new Date('2026-11-26T15:00:00Z') });
      await seedReport(m, { kind: 'plate', value: 'AB-123-CD', categories: ['violence'], level: 'risky', city: 'paris', decidedAt: new Date('2026-11-29T20:00:00Z') });
      await seedReport(m, { categories: ['harassment'], level: 'annoying', city: 'paris', decidedAt: new Date('2026-11-22T22:30:00Z') });
      await seedReport(m, { categories: ['harassment'], level: 'annoying', city: 'paris', decidedAt: new Date('2026-11-29T23:30:00Z') });
      // Not approved, or elsewhere, or no city: not in Paris's digest.
      await seedReport(m, { categories: ['robbery'], level: 'dangerous', city: 'paris', status: 'pending', decidedAt: null });
      await seedReport(m, { categories: ['robbery'], level: 'dangerous', city: 'paris', status: 'rejected' });
      await seedReport(m, { categories: ['other'], level: 'risky', city: 'marseille' });
      await seedReport(m, { categories: ['other'], level: 'risky', city: null });
      await seedDescription(m, { city: 'paris', area: '美丽城', categories: ['violence', 'robbery'], level: 'danger', text: '高个子，开白色丰田车，常在晚上十点以后出现。', decidedAt: new Date('2026-11-24T09:00:00Z') });
      // A number that reached the table (as if scrubbing had missed it) is masked again on its way out.
      await seedDescription(m, { city: 'paris', area: null, month: '2026-10', categories: ['non-payment'], level: 'caution', text: '说好的钱不给，电话 06 98 76 54 32。', decidedAt: new Date('2026-11-27T09:00:00Z') });
      await seedDescription(m, { city: 'paris', categories: ['other'], level: null, text: '还没审核的描述', status: 'pending', decidedAt: null });
      await seedDescription(m, { city: 'paris', categories: ['other'], level: 'information', text: '上一周的描述', decidedAt: new Date('2026-11-20T09:00:00Z') });
    });
  });
  afterAll(() => db.close());

  it('drafts one digest per city with new approved alerts of the week, counted by category and level', async () => {
    const result = await run();
    expect(result.week).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(result.drafted.map((d) => d.city)).toEqual(['marseille', 'paris']);
    expect(result.quiet).toEqual(['lyon']);
    const paris = result.drafted.find((d) => d.city === 'paris')!;
    expect(paris).toMatchObject({ weekStart: '2026-11-23', status: 'draft', title: '巴黎本周提醒 11.23–11.29', wechat: { status: null } });
    expect(paris.counts.reports).toEqual({ total: 3, byCategory: { violence: 2, robbery: 1, 'non-payment': 1 }, byLevel: { dangerous: 1, risky: 2 } });
    expect(paris.counts.descriptions).toEqual({ total: 2, byCategory: { violence: 1, robbery: 1, 'non-payment': 1 }, byLevel: { danger: 1, caution: 1 } });
    expect(paris.markdown).toContain('本周（11月23日—11月29日）巴黎有 **5** 条新的提醒。');
    expect(paris.markdown).toContain('Cette semaine (du 23 nov. au 29 nov.), **5** nouvelles alertes à Paris.');
    expect(paris.markdown).toContain('### ⚠ 危险 Danger · 美丽城 · 2026年11月\n\n动手伤人 Coups · 抢东西 Vol\n\n高个子，开白色丰田车，常在晚上十点以后出现。');
    expect(paris.markdown).toContain('### ! 要小心 Prudence · 2026年10月');
    for (const absent of ['还没审核', '上一周']) expect(paris.markdown).not.toContain(absent);
    expect(paris.markdown).toContain('- 动手伤人 Coups：2');
    expect(paris.markdown).toContain('⚠ 危险 Dangereux 1 · ! 要小心 Prudence 2');
    expect(paris.markdown).toContain('完整的号码请在小程序里查询。');
  });

  it('holds no identifier, not even masked, and passes the screener', async () => {
    const paris = await db.dataSource.getRepository(Digest).findOneByOrFail({ city: 'paris' });
    const text = `${paris.title}\n${paris.markdown}`;
    for (const forbidden of ['12 34', '78', 'zhang', '2024', 'zh', 'AB', 'CD', '123', '98 76', '54 32']) expect(text).not.toContain(forbidden);
    expect(text).toContain('说好的钱不给，电话 •••。');
    expect(getScreener(path.join(CONTENT, 'words.yaml')).screen(text)).toEqual([]);
    expect(paris.screenHits).toBe(0);
  });

  it('remakes a draft nobody touched, keeps one a mediator edited, and names an unknown city', async () => {
    const before = await db.dataSource.getRepository(Digest).findOneByOrFail({ city: 'paris' });
    await db.dataSource.transaction((m) => seedReport(m, { categories: ['stealthing'], level: 'dangerous', city: 'paris', decidedAt: new Date('2026-11-28T09:00:00Z') }));
    const again = await run({ city: 'paris' });
    expect(again.drafted.map((d) => [d.id, d.counts.reports.total])).toEqual([[before.id, 4]]);

    await db.dataSource.getRepository(Digest).update({ id: before.id }, { markdown: 'edited by bea', updatedAt: new Date(NOW.getTime() + 60_000) });
    const third = await run({ city: 'paris' });
    expect([third.drafted.length, third.kept.map((d) => d.markdown)]).toEqual([0, ['edited by bea']]);

    await expect(run({ city: 'atlantis' })).rejects.toMatchObject({ status: 404, code: 'city_not_found', field: 'city' });
  });

  it('drafts the week of any given day', async () => {
    const result = await run({ day: '2026-11-18' });
    expect([result.week, result.drafted.length, result.quiet.length]).toEqual([{ start: '2026-11-16', end: '2026-11-22' }, 1, 2]);
    expect(result.drafted[0]).toMatchObject({ city: 'paris', counts: { reports: { total: 1, byCategory: { harassment: 1 }, byLevel: { annoying: 1 } } } });
  });
});
