import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSignedIn, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';

describe(`autosaved drafts on ${engine}`, () => {
  let server: TestServer;
  let amy: AdminClient;
  let bea: AdminClient;
  beforeAll(async () => {
    server = await startTestServer();
    amy = await addSignedIn(server, 'amy', 'admin');
    bea = await addSignedIn(server, 'bea', 'mediator');
  });
  afterAll(() => server.close());

  it('keeps one draft per mediator and editor, replaced at each save, gone once deleted', async () => {
    expect((await amy.call('GET', '/api/admin/drafts/article:new')).json).toEqual({ data: null });
    await amy.call('PUT', '/api/admin/drafts/article:new', { fields: { title: '写到一半', body: '第一句。', listed: false } });
    const second = await amy.call('PUT', '/api/admin/drafts/article:new', { fields: { title: '写到一半', body: '第一句。第二句。', listed: false } });
    expect(second.status).toBe(200);
    const got = (await amy.call('GET', '/api/admin/drafts/article:new')).json.data;
    expect(got).toEqual({ fields: { title: '写到一半', body: '第一句。第二句。', listed: false }, savedAt: second.json.data.savedAt });
    // Another mediator's drafts are hers alone.
    expect((await bea.call('GET', '/api/admin/drafts/article:new')).json).toEqual({ data: null });
    expect((await amy.call('DELETE', '/api/admin/drafts/article:new')).status).toBe(204);
    expect((await amy.call('GET', '/api/admin/drafts/article:new')).json).toEqual({ data: null });
  });

  it('refuses keys that name no editor', async () => {
    const bad = await amy.call('PUT', '/api/admin/drafts/anything', { fields: {} });
    expect([bad.status, bad.json.error.code, bad.json.error.field]).toEqual([400, 'invalid_format', 'key']);
  });
});
