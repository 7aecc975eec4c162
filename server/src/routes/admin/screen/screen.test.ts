import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMediator, signIn, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';

const ARTICLE = { slug: 'rights-test', lang: 'zh-Hans', category: 'rights', title: '你的权利', summary: '遇到警察时。', body: '遇到警察时，你有权利。结果是阴性，交给医生。\n' };

describe(`screening in the console on ${engine}`, () => {
  let server: TestServer;
  let amy: AdminClient;
  let id: string;
  beforeAll(async () => {
    server = await startTestServer();
    await addMediator(server, 'amy', 'admin');
    amy = await signIn(server, 'amy');
    id = (await amy.call('POST', '/api/admin/articles', ARTICLE)).json.data.id;
  });
  afterAll(async () => {
    await server.close();
  });

  it('says why a block-level word is only a warning, with exact offsets', async () => {
    const text = '结果是阴性，交给医生';
    const res = await amy.call('POST', '/api/admin/screen', { text });
    expect(res.status).toBe(200);
    expect(res.json.data).toEqual([
      { start: 4, end: 7, text: '性，交', word: '性交', category: 'sexual-acts', level: 'warn', suggest: expect.any(Array), ambiguous: { words: ['阴性', '交给'], punctuation: '，' } },
    ]);
  });

  it('accepts a warning for one article with a reason, audited; it stays visible, marked, and can be withdrawn', async () => {
    const target = { type: 'article', id };
    const text = ARTICLE.body;
    const before = await amy.call('POST', '/api/admin/screen', { text, target });
    expect(before.json.data.find((h: { word: string }) => h.word === '警察').accepted).toBeUndefined();

    const accepted = await amy.call('POST', '/api/admin/screen/accept', { target, word: '警察', reason: '讲权利的文章必须提到警察' });
    expect(accepted.status).toBe(200);
    expect(accepted.json.data).toEqual([{ word: '警察', reason: '讲权利的文章必须提到警察', by: 'amy', at: expect.any(String) }]);

    const after = await amy.call('POST', '/api/admin/screen', { text, target });
    expect(after.json.data.find((h: { word: string }) => h.word === '警察').accepted).toMatchObject({ reason: '讲权利的文章必须提到警察', by: 'amy' });
    // Only for this article.
    const elsewhere = await amy.call('POST', '/api/admin/screen', { text });
    expect(elsewhere.json.data.find((h: { word: string }) => h.word === '警察').accepted).toBeUndefined();

    const audit = await amy.call('GET', '/api/admin/audit');
    expect(audit.json.data.some((e: { action: string }) => e.action === 'screen.accept')).toBe(true);

    const withdrawn = await amy.call('POST', '/api/admin/screen/withdraw', { target, word: '警察' });
    expect(withdrawn.json.data).toEqual([]);
    const again = await amy.call('POST', '/api/admin/screen', { text, target });
    expect(again.json.data.find((h: { word: string }) => h.word === '警察').accepted).toBeUndefined();
  });

  it('refuses an acceptance without a reason or for a text that does not exist', async () => {
    const noReason = await amy.call('POST', '/api/admin/screen/accept', { target: { type: 'article', id }, word: '警察', reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.message).toContain('reason');
    const missing = await amy.call('POST', '/api/admin/screen/accept', { target: { type: 'update', id }, word: '警察', reason: '必须提到警察' });
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('update_not_found');
  });
});
