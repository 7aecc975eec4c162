import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeIdentifier } from '../../alerts/normalize';
import { storyWithIdentifiers, type Planted } from '../../../test/planted';
import { dumpDatabase, dataFiles, clearHits } from '../../../test/dump';
import { engine } from '../../../test/db';
import { postJson, request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

const IP = '203.0.113.77';
const DEVICE = 'install-Zq7pLm3Rt9Wx2Ka';
const REPORTS = [
  { kind: 'phone', value: '06 12 34 56 78', details: 'il m’a rappelé du 06.12.34.56.78 et du 0798765432' },
  { kind: 'phone', value: '+86 138 0013 8000', details: 'écrit depuis bad.client@example.com' },
  { kind: 'plate', value: 'AB-123-CD', details: 'voiture ab123cd grise' },
  { kind: 'email', value: 'Bad.Client@Example.com' },
  { kind: 'wechat', value: 'WxBadGuy_88', details: 'son id wxbadguy_88' },
];
const GENERATED: Planted[] = [];
function acceptedValue(p: Planted): string | null {
  const plain = p.written.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').replace(/[,_/]/g, ' ');
  try {
    normalizeIdentifier(p.kind, plain);
    return plain;
  } catch {
    return null;
  }
}
/** The generated identifiers as written and as bare letters and digits (emails whole). */
const generatedNeedles = () => [...new Set(GENERATED.flatMap((p) => [p.written, p.core]).filter((n) => n.length >= 6))];

/** Every way the identifiers, the reporter's device and address could show up in clear. */
const NEEDLES = ['612345678', '6 12 34 56 78', '12.34.56', '798765432', '13800138000', '138 0013 8000', 'AB-123-CD', 'AB123CD', 'bad.client', 'example.com', 'wxbadguy', DEVICE, IP];

describe(`what the alerts leave behind on ${engine}`, () => {
  let s: TestServer;
  const references: string[] = [];
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1', ALERTS_REPORTS_PER_HOUR: '1000' }, now: () => new Date('2026-11-23T12:00:00Z') });
    // Stories holding identifiers in every form the normaliser accepts (alerts/scrub.test.ts), sent as report details.
    for (const { text, planted } of fc.sample(storyWithIdentifiers, { seed: 12, numRuns: 40 })) {
      const reported = planted.map((p) => ({ p, value: acceptedValue(p) })).find((x) => x.value);
      const body = reported ? { kind: reported.p.kind, value: reported.value } : { kind: 'email', value: 'story@client.fr' };
      const created = await postJson(`${s.url}/api/reports`, { ...body, category: 'other', device: DEVICE, details: text }, { 'X-Forwarded-For': IP });
      expect(created.status).toBe(201);
      GENERATED.push(...planted);
    }
    const headers = { 'X-Forwarded-For': IP };
    for (const r of REPORTS) {
      const created = await postJson(`${s.url}/api/reports`, { ...r, category: 'harassment', device: DEVICE, city: 'paris' }, headers);
      expect(created.status).toBe(201);
      references.push(created.body.data.reference);
    }
    for (const r of REPORTS) expect((await postJson(`${s.url}/api/check`, { kind: r.kind, value: r.value, device: DEVICE }, headers)).status).toBe(200);
    expect((await postJson(`${s.url}/api/check`, { kind: 'phone', value: '06 12 34 56' }, headers)).status).toBe(400);
    expect((await request(`${s.url}/api/reports/${references[4]}`, { method: 'DELETE', headers })).status).toBe(204);
  }, 60_000);
  afterAll(() => s.close());

  it('a dump of the database holds no identifier, device id, address or reference in clear', async () => {
    const dump = await dumpDatabase(s);
    expect(dump).toContain('+33 6 •• •• •• 78');
    expect(dump).toContain('il m’a rappelé du +33 6 •• •• •• 78 et du +33 7 •• •• •• 32');
    expect(clearHits(dump, [...NEEDLES, ...references, ...references.map((r) => r.replace(/-/g, ''))])).toEqual([]);
    expect(GENERATED.length).toBeGreaterThan(60);
    expect(clearHits(dump, generatedNeedles())).toEqual([]);
  });

  if (engine === 'pglite') {
    it('nor do the embedded database’s files on disk', async () => {
      await s.deps.db.dataSource.query('CHECKPOINT');
      const files = dataFiles(s.config.DATA_DIR);
      // The write-ahead log (pg_wal) is among them: nothing was written in clear, even for a moment.
      expect(files.length).toBeGreaterThan(100);
      const needles = [...NEEDLES.filter((n) => n !== IP), ...references, ...generatedNeedles()].map((n) => Buffer.from(n));
      const hits = needles.filter((n) => files.some((f) => f.includes(n) || f.includes(Buffer.from(n.toString().toLowerCase()))));
      expect(hits.map(String)).toEqual([]);
    });
  }

  it('the logs hold no identifier, masked or not, nor the reporter’s device, address or reference', () => {
    const logs = s.logs.join('');
    expect(logs).toContain('"route":"/api/reports"');
    expect(clearHits(logs, [...NEEDLES, ...references, ...generatedNeedles(), '•', '+33', '+86'])).toEqual([]);
  });
});
