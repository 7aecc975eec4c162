import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechat } from '../../../../../scripts/fake-wechat';
import { addSignedIn, type AdminClient } from '../../../../test/admin';
import { engine } from '../../../../test/db';
import type { TestServer } from '../../../../test/server';
import { startTestServerWithWechat } from '../../../../test/wechat';

function png(width = 4, height = 4): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return PNG.sync.write(image);
}

describe(`images dropped into the console on ${engine}`, () => {
  let wx: FakeWechat;
  let server: TestServer;
  let amy: AdminClient;
  let close: () => Promise<void>;
  const upload = (body: Buffer, type = 'image/png') =>
    fetch(`${server.url}/api/admin/images`, { method: 'POST', headers: { Cookie: amy.cookie, 'X-CSRF-Token': amy.csrfToken, 'Content-Type': type }, body: new Uint8Array(body) }).then(async (r) => ({ status: r.status, json: (await r.json()) as any }));

  beforeAll(async () => {
    ({ server, wx, close } = await startTestServerWithWechat());
    amy = await addSignedIn(server, 'amy', 'admin');
  });
  afterAll(() => close());

  it('stores a PNG or JPG from her computer and serves it back to the console only', async () => {
    const bytes = png();
    const res = await upload(bytes);
    expect(res.status).toBe(201);
    expect(res.json.data).toMatchObject({ url: `/api/admin/images/${res.json.data.id}`, size: bytes.length, contentType: 'image/png' });
    const back = await fetch(`${server.url}${res.json.data.url}`, { headers: { Cookie: amy.cookie } });
    expect([back.status, back.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await fetch(`${server.url}${res.json.data.url}`)).status).toBe(401);
  });

  it('refuses other files and large ones with a code the console words', async () => {
    const gif = await upload(Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/gif');
    expect([gif.status, gif.json.error]).toEqual([400, { code: 'image_type', field: 'image', message: 'The image must be a JPG or PNG file' }]);
    const big = await upload(Buffer.concat([png(), Buffer.alloc(1024 * 1024)]));
    expect([big.status, big.json.error.code, big.json.error.field]).toEqual([413, 'image_too_large', 'image']);
    const missing = await amy.call('GET', '/api/admin/images/00000000-0000-4000-8000-000000000000');
    expect([missing.status, missing.json.error.code]).toEqual([404, 'image_not_found']);
  });

  it('sends the image to WeChat with media/uploadimg when the article is published', async () => {
    const { url } = (await upload(png(8, 8))).json.data;
    const a = (await amy.call('POST', '/api/admin/articles', { slug: 'with-picture', lang: 'zh-Hans', category: 'news', title: '巴士的新位置', summary: '看图。', body: `![巴士停在美丽城](${url})\n` })).json.data;
    const res = await amy.call('POST', `/api/admin/articles/${a.id}/publish`, {});
    expect(res.json.data.status).toBe('published');
    expect(wx.calls.filter((c) => c.path === '/cgi-bin/media/uploadimg')).toHaveLength(1);
    const draft = wx.calls.filter((c) => c.path === '/cgi-bin/draft/add').at(-1)?.body as { articles: Array<{ content: string }> };
    expect(draft.articles[0].content).not.toContain('/api/admin/images/');
    expect(draft.articles[0].content).toMatch(/<img src="https?:\/\/[^"]+" alt="巴士停在美丽城"[^>]*><span[^>]*>巴士停在美丽城<\/span>/);
  });
});
