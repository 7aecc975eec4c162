import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '../../auth/sessions';
import { Mediator } from '../../entities';
import { storyWithIdentifiers, type Planted } from '../../../test/planted';
import { engine } from '../../../test/db';
import { clearHits, dataFiles, dumpDatabase } from '../../../test/dump';
import { postJson, request } from '../../../test/http';
import { startTestServer, type TestServer } from '../../../test/server';

/**
 * An approved description is public by design, so its text is kept as text. What must never be kept
 * is what the sender typed by mistake (a number, a plate, an ID) or anything about her: the text is
 * scrubbed before it is first written, so not even the write-ahead log saw it in clear.
 */
const IP = '203.0.113.41';
const DEVICE = 'install-Hs8Kd2Vn6Qw4Bz';
const PLANTED: Planted[] = [];
const NEEDLES = ['612345678', '06 12 34 56 78', 'GH-456-JK', 'GH456JK', 'nasty.guy', 'wxnasty_77', DEVICE, IP];

const needles = () => [...new Set([...NEEDLES, ...PLANTED.flatMap((p) => [p.written, p.core])].filter((n) => n.length >= 6))];

describe(`what description alerts leave behind on ${engine}`, () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ env: { TRUST_PROXY: '1', ALERTS_REPORTS_PER_HOUR: '1000' }, now: () => new Date('2026-11-23T12:00:00Z') });
    const headers = { 'X-Forwarded-For': IP };
    const send = (text: string, area?: string) => postJson(`${s.url}/api/description-alerts`, { city: 'paris', categories: ['other'], device: DEVICE, text, ...(area ? { area } : {}) }, headers);
    for (const { text, planted } of fc.sample(storyWithIdentifiers, { seed: 16, numRuns: 40 })) {
      expect((await send(text.slice(0, 500))).status).toBe(201);
      PLANTED.push(...planted.filter((p) => text.slice(0, 500).includes(p.written)));
    }
    expect((await send('他用 06 12 34 56 78 打电话，车牌 GH-456-JK，邮箱 nasty.guy@example.org，微信 wxnasty_77', '停车场 GH456JK 旁边')).status).toBe(201);
    // One approved as it came, so the public list is dumped too.
    const m = s.deps.db.dataSource.manager;
    const mediator = await m.save(Mediator, m.create(Mediator, { username: 'ana', role: 'admin', passwordHash: 'unused-here' }));
    const session = await createSession(m, mediator.id, new Date('2026-11-23T12:00:00Z'));
    const auth = { Cookie: `${SESSION_COOKIE}=${session.token}`, 'X-CSRF-Token': session.csrfToken, 'Content-Type': 'application/json' };
    const queue = await request(`${s.url}/api/admin/description-alerts?status=pending&limit=200`, { headers: auth });
    const last = queue.body.data.at(-1);
    expect(last.text).toBe('他用 +33 6 •• •• •• 78 打电话，车牌 GH-•••-JK，邮箱 n•••@•••，微信 wx•••••••');
    const approved = await request(`${s.url}/api/admin/description-alerts/${last.id}/approve`, { method: 'POST', headers: auth, body: JSON.stringify({ text: last.text, level: 'danger' }) });
    expect(approved.status).toBe(200);
    expect((await request(`${s.url}/api/description-alerts?city=paris`)).body.data).toHaveLength(1);
  }, 120_000);
  afterAll(() => s.close());

  it('a dump of the database holds no identifier she typed, nor her install id or address', async () => {
    const dump = await dumpDatabase(s);
    expect(dump).toContain('他用 +33 6 •• •• •• 78 打电话');
    expect(PLANTED.length).toBeGreaterThan(40);
    expect(clearHits(dump, needles())).toEqual([]);
  });

  if (engine === 'pglite') {
    it('nor do the embedded database’s files, write-ahead log included', async () => {
      await s.deps.db.dataSource.query('CHECKPOINT');
      const files = dataFiles(s.config.DATA_DIR);
      expect(files.length).toBeGreaterThan(100);
      const hits = needles()
        .filter((n) => n !== IP)
        .filter((n) => files.some((f) => f.includes(Buffer.from(n)) || f.includes(Buffer.from(n.toLowerCase()))));
      expect(hits).toEqual([]);
    });
  }

  it('the logs hold neither the text nor anything about her', () => {
    const logs = s.logs.join('');
    expect(logs).toContain('"route":"/api/description-alerts"');
    expect(clearHits(logs, [...needles(), '他用', '停车场', '•'])).toEqual([]);
  });
});
