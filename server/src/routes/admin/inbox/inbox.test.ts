import path from 'node:path';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWechat, type FakeWechat } from '../../../../../scripts/fake-wechat';
import { addMediator, request, signIn, type AdminClient } from '../../../../test/admin';
import { dumpDatabase, dataFiles } from '../../../../test/dump';
import { engine } from '../../../../test/db';
import { startTestServer, type TestServer } from '../../../../test/server';
import inboxPurge from '../../../commands/inboxPurge';
import { encodeAmr } from '../../../inbox/voice';
import { wechatSignature } from '../../wechat/signature';
import { parseWechatXml } from '../../wechat/xml';

const TOKEN = 'lotus-webhook-token';
const OPENID = 'oQ7x-INBOX-OPENID-secret';
const OTHER = 'oQ7x-OTHER-OPENID-secret';
const ACCOUNT = 'gh_lotusbus0001';
/** A Tuesday, 11:00 in Paris: inside the default programme hours. */
const START = new Date('2026-11-24T10:00:00Z');
const SECRET_TEXT = '他昨天在酒店打我了 0698765432';
/** Her voice as WeChat sends it: AMR-NB, here 2 s of a 330 Hz tone. */
const VOICE_SECONDS = 2;
const VOICE_AMR = encodeAmr(new Float32Array(8000 * VOICE_SECONDS).map((_, i) => 0.5 * Math.sin((2 * Math.PI * 330 * i) / 8000)));
/** What the decoder cannot read: WeChat's speex voices are kept as they came, for WeChat only. */
const SPEEX = Buffer.from('Speex   fake-speex-voice-bytes');

let clock = START;
let nonces = 0;
let msgIds = 1000;

function signedQuery(): string {
  const timestamp = String(Math.floor(clock.getTime() / 1000));
  const nonce = `inbox${++nonces}`;
  return new URLSearchParams({ signature: wechatSignature(TOKEN, timestamp, nonce), timestamp, nonce }).toString();
}

const xml = (from: string, fields: Record<string, string>) =>
  `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${Math.floor(clock.getTime() / 1000)}</CreateTime>${Object.entries(
    { MsgId: String(++msgIds), ...fields },
  )
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('')}</xml>`;

describe(`the mediators' inbox on ${engine}`, () => {
  let server: TestServer;
  let wx: FakeWechat;
  let amy: AdminClient;
  let voiceId: string;
  let imageId: string;
  const send = async (from: string, fields: Record<string, string>) => {
    const res = await fetch(`${server.url}/wechat?${signedQuery()}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body: xml(from, fields) });
    expect(res.status).toBe(200);
    return parseWechatXml(await res.text());
  };
  const list = async () => (await amy.call('GET', '/api/admin/inbox')).json.data as Array<Record<string, any>>;
  const open = async (id: string) => (await amy.call('GET', `/api/admin/inbox/${id}`)).json.data;
  /** Runs `fn` with the clock at `at`, signed in afresh (a session idles out over days), then comes back. */
  const later = async (at: Date, fn: () => Promise<void>) => {
    const saved = clock;
    clock = at;
    const before = amy;
    amy = await signIn(server, 'amy');
    try {
      await fn();
    } finally {
      clock = saved;
      amy = before;
    }
  };

  beforeAll(async () => {
    wx = await startFakeWechat();
    wx.setClock(() => clock);
    server = await startTestServer({
      env: { WECHAT_TOKEN: TOKEN, WECHAT_APPID: wx.appid, WECHAT_SECRET: wx.secret, WECHAT_API_BASE: wx.url, INBOX_SECRET: 'lotus-test-inbox-secret-0123456789abcdef', H5_URL: 'https://lotus.example.org/h5/' },
      now: () => clock,
    });
    await addMediator(server, 'amy');
    await addMediator(server, 'bea');
    amy = await signIn(server, 'amy');
    voiceId = wx.addMedia('voice', VOICE_AMR, 'audio/amr');
    imageId = wx.addMedia('image');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await wx?.close();
  });

  it('keeps a signed text, voice and image message, newest first, with unread counts, and says a person will answer', async () => {
    const reply = await send(OPENID, { MsgType: 'text', Content: '你好，我想问一下检测的事' });
    expect(reply.Content).toBe('收到了，工作人员会尽快回复你。');
    clock = new Date(START.getTime() + 60_000);
    await send(OPENID, { MsgType: 'voice', MediaId: voiceId, Format: 'amr' });
    await send(OPENID, { MsgType: 'image', MediaId: imageId, PicUrl: 'http://mmbiz.qpic.cn/fake' });
    clock = new Date(START.getTime() + 120_000);
    await send(OTHER, { MsgType: 'text', Content: 'bonjour' });

    const rows = await list();
    expect(rows.map((r) => [r.unread, r.crisis, r.preview.kind])).toEqual([
      [1, false, 'text'],
      [3, false, 'image'],
    ]);
    expect(rows[1].label).toMatch(/^[0-9A-F]{4}$/);
    const conversation = await open(rows[1].id);
    expect(conversation.messages.map((m: { kind: string; text: string | null; media: string | null }) => [m.kind, m.text, m.media])).toEqual([
      ['text', '你好，我想问一下检测的事', null],
      ['voice', null, 'at_wechat'],
      ['image', null, 'at_wechat'],
    ]);
    expect(conversation.replyOpen).toBe(true);
    expect((await list())[1].unread).toBe(0);
  });

  it('raises a conversation with a crisis word to the top, flagged, until it is marked done', async () => {
    clock = new Date(START.getTime() + 180_000);
    const reply = await send(OPENID, { MsgType: 'text', Content: SECRET_TEXT });
    expect(reply.Content).toMatch(/收到了/);
    clock = new Date(START.getTime() + 240_000);
    await send(OTHER, { MsgType: 'text', Content: 'merci' });
    const rows = await list();
    expect(rows[0]).toMatchObject({ crisis: true, unread: 1 });
    expect(rows[1]).toMatchObject({ crisis: false });
  });

  it('plays her voice and shows her image: fetched once from WeChat, then from the sealed copy', async () => {
    const [first] = await list();
    const { messages } = await open(first.id);
    const voice = messages.find((m: { kind: string }) => m.kind === 'voice');
    const res = await fetch(`${server.url}/api/admin/inbox/${first.id}/media/${voice.id}`, { headers: { Cookie: amy.cookie } });
    expect(res.status).toBe(200);
    // Converted once, as browsers play no AMR: PCM 16-bit, 8 kHz, mono, as long as what she said.
    expect(res.headers.get('content-type')).toBe('audio/wav');
    const wav = Buffer.from(await res.arrayBuffer());
    expect([wav.toString('ascii', 0, 4), wav.toString('ascii', 8, 16), wav.toString('ascii', 36, 40)]).toEqual(['RIFF', 'WAVEfmt ', 'data']);
    expect({ format: wav.readUInt16LE(20), channels: wav.readUInt16LE(22), rate: wav.readUInt32LE(24), bits: wav.readUInt16LE(34) }).toEqual({ format: 1, channels: 1, rate: 8000, bits: 16 });
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
    const seconds = (wav.length - 44) / (8000 * 2);
    expect(Math.abs(seconds - VOICE_SECONDS)).toBeLessThan(0.1);
    const samples = Array.from({ length: (wav.length - 44) / 2 }, (_, i) => wav.readInt16LE(44 + i * 2));
    const rms = Math.sqrt(samples.reduce((sum, v) => sum + v * v, 0) / samples.length) / 32768;
    expect(rms).toBeGreaterThan(0.1); // the tone, not silence
    const image = messages.find((m: { kind: string }) => m.kind === 'image');
    const img = await fetch(`${server.url}/api/admin/inbox/${first.id}/media/${image.id}`, { headers: { Cookie: amy.cookie } });
    expect(img.headers.get('content-type')).toBe('image/png');
    const fetches = wx.calls.filter((c) => c.path === '/cgi-bin/media/get').length;
    // Four days later WeChat has forgotten it; our copy plays still.
    await later(new Date(START.getTime() + 4 * 86_400_000), async () => {
      const again = await fetch(`${server.url}/api/admin/inbox/${first.id}/media/${voice.id}`, { headers: { Cookie: amy.cookie } });
      expect(again.status).toBe(200);
      expect(again.headers.get('content-type')).toBe('audio/wav');
      expect(Buffer.from(await again.arrayBuffer()).equals(wav)).toBe(true);
      expect(wx.calls.filter((c) => c.path === '/cgi-bin/media/get').length).toBe(fetches);
    });
  });

  it('says a voice is gone when WeChat no longer keeps it and nobody opened it in time', async () => {
    const lateVoice = wx.addMedia('voice');
    await send(OTHER, { MsgType: 'voice', MediaId: lateVoice, Format: 'amr' });
    const other = (await list()).find((r) => r.preview.kind === 'voice')!;
    const voice = (await open(other.id)).messages.find((m: { kind: string }) => m.kind === 'voice');
    await later(new Date(clock.getTime() + 3 * 86_400_000 + 60_000), async () => {
      const res = await amy.call('GET', `/api/admin/inbox/${other.id}/media/${voice.id}`);
      expect([res.status, res.json.error.code]).toEqual([410, 'media_expired']);
    });
  });

  it('keeps a speex voice as WeChat sent it, and tells the console it is for WeChat only', async () => {
    const [first] = await list();
    await send(OPENID, { MsgType: 'voice', MediaId: wx.addMedia('voice', SPEEX, 'audio/speex'), Format: 'speex' });
    const voices = (await open(first.id)).messages.filter((m: { kind: string }) => m.kind === 'voice');
    expect(voices.map((v: { format: string }) => v.format)).toEqual(['amr', 'speex']);
    const res = await fetch(`${server.url}/api/admin/inbox/${first.id}/media/${voices[1].id}`, { headers: { Cookie: amy.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('audio/speex');
    expect(Buffer.from(await res.arrayBuffer()).equals(SPEEX)).toBe(true);
  });

  it('screens a reply and sends it through message/custom/send', async () => {
    wx.userWrote(OPENID, clock);
    const [first] = await list();
    const res = await amy.call('POST', `/api/admin/inbox/${first.id}/reply`, { text: '别怕，我们在。明天上午打电话给你好吗？' });
    expect(res.status).toBe(200);
    expect(wx.calls.at(-1)).toEqual({ path: '/cgi-bin/message/custom/send', body: { touser: OPENID, msgtype: 'text', text: { content: '别怕，我们在。明天上午打电话给你好吗？' } } });
    expect(res.json.data.messages.at(-1)).toMatchObject({ direction: 'out', text: '别怕，我们在。明天上午打电话给你好吗？', by: 'amy' });
  });

  it('sends an image reply: uploaded as temporary media, sent, and kept sealed', async () => {
    const [first] = await list();
    const png = await QRCode.toBuffer('a map to the clinic', { type: 'png', width: 120 });
    const res = await fetch(`${server.url}/api/admin/inbox/${first.id}/reply-image`, {
      method: 'POST',
      headers: { Cookie: amy.cookie, 'X-CSRF-Token': amy.csrfToken, 'Content-Type': 'image/png' },
      body: new Uint8Array(png),
    });
    expect(res.status).toBe(200);
    const upload = wx.calls.filter((c) => c.path === '/cgi-bin/media/upload').at(-1);
    expect(upload?.body).toMatchObject({ contentType: 'image/png', bytes: png.length });
    const sent = wx.calls.at(-1) as { path: string; body: { touser: string; msgtype: string; image: { media_id: string } } };
    expect([sent.path, sent.body.touser, sent.body.msgtype]).toEqual(['/cgi-bin/message/custom/send', OPENID, 'image']);
    const last = ((await res.json()) as { data: { messages: Array<{ id: string; kind: string; direction: string; media: string }> } }).data.messages.at(-1)!;
    expect(last).toMatchObject({ kind: 'image', direction: 'out', media: 'cached' });
    const back = await fetch(`${server.url}/api/admin/inbox/${first.id}/media/${last.id}`, { headers: { Cookie: amy.cookie } });
    expect(Buffer.from(await back.arrayBuffer()).equals(png)).toBe(true);
    const text = await fetch(`${server.url}/api/admin/inbox/${first.id}/reply-image`, {
      method: 'POST',
      headers: { Cookie: amy.cookie, 'X-CSRF-Token': amy.csrfToken, 'Content-Type': 'image/png' },
      body: 'not an image',
    });
    expect([text.status, ((await text.json()) as { error: { code: string } }).error.code]).toEqual([415, 'image_type']);
  });

  it('refuses a reply with a blocked word, with its suggestion, and sends nothing', async () => {
    const [first] = await list();
    const before = wx.calls.length;
    const res = await amy.call('POST', `/api/admin/inbox/${first.id}/reply`, { text: '记得带安全套' });
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ code: 'blocked', message: 'The reply is not sent: “安全套” is blocked on WeChat. Write “工具” instead.' });
    expect(Object.keys(res.json)).toEqual(['error']);
    expect(res.json.error.hits).toEqual([expect.objectContaining({ word: '安全套', level: 'block', suggest: ['工具'], start: 3, end: 6 })]);
    expect(wx.calls.length).toBe(before);
  });

  it('explains WeChat’s 45015 when the 48 hours are over, whether WeChat or we notice first', async () => {
    const [first] = await list();
    wx.failNext('/cgi-bin/message/custom/send', 45015);
    const byWechat = await amy.call('POST', `/api/admin/inbox/${first.id}/reply`, { text: '你还好吗？' });
    expect([byWechat.status, byWechat.json.error.code]).toEqual([409, 'reply_window_closed']);
    await later(new Date(clock.getTime() + 49 * 3_600_000), async () => {
      expect((await list()).find((r) => r.id === first.id)!.replyOpen).toBe(false);
      const late = await amy.call('POST', `/api/admin/inbox/${first.id}/reply`, { text: '你还好吗？' });
      expect(late.status).toBe(409);
      expect(late.json.error).toEqual({ code: 'reply_window_closed', message: 'WeChat accepts a reply only within 48 hours of her last message, and that time has passed: the reply can be sent once she writes again.' });
    });
  });

  it('assigns, notes and closes a conversation, audited without the words', async () => {
    const [first] = await list();
    const res = await amy.call('PUT', `/api/admin/inbox/${first.id}`, { assignedTo: 'bea', note: '需要陪同 NOTE-7731', done: true });
    expect(res.status).toBe(200);
    expect(res.json.data).toMatchObject({ assignedTo: 'bea', note: '需要陪同 NOTE-7731', done: true, crisis: false });
    const unknown = await amy.call('PUT', `/api/admin/inbox/${first.id}`, { assignedTo: 'nobody' });
    expect([unknown.status, unknown.json.error.code]).toEqual([400, 'account_not_found']);
    const actions = await server.deps.db.dataSource.query(`SELECT action, detail::text AS detail FROM audit_entries WHERE action LIKE 'inbox.%' ORDER BY at, action`);
    expect([...new Set(actions.map((a: { action: string }) => a.action))].sort()).toEqual(['inbox.assign', 'inbox.done', 'inbox.note', 'inbox.reply']);
    const trail = JSON.stringify(actions);
    for (const words of ['别怕', 'NOTE-7731', '0698765432', '打我', OPENID]) expect(trail).not.toContain(words);
  });

  it('shows nothing to someone not signed in', async () => {
    const res = await request(`${server.url}/api/admin/inbox`, 'GET');
    expect(res.status).toBe(401);
  });

  it('answers outside programme hours with when she will be read and whom to call, 17 as the police', async () => {
    const saved = clock;
    clock = new Date('2026-11-28T21:00:00Z'); // Saturday 22:00 in Paris
    const zh = await send(OTHER, { MsgType: 'text', Content: '有人吗' });
    expect(zh.Content).toBe('收到了。现在没有工作人员在线，星期一10:00（巴黎时间）会有人读你的留言并回复你。\n如果现在有危险：112 紧急求助（免费），17 警察，15 急救。');
    const fr = await send(OTHER, { MsgType: 'text', Content: 'il y a quelqu’un ?' });
    expect(fr.Content).toContain('on lira votre message lundi 10:00 (heure de Paris)');
    expect(fr.Content).toContain('17 police');
    const link = await send(OTHER, { MsgType: 'text', Content: '目录' });
    expect(link.Content).toContain('href="https://lotus.example.org/h5/#/pages/directory/index"');
    clock = saved;
  });

  it('keeps nothing in clear: no message body, note or openid in a dump, nor in the log', async () => {
    const text = await dumpDatabase(server);
    for (const needle of [OPENID, OTHER, '0698765432', '他昨天在酒店', '别怕，我们在', 'NOTE-7731', '检测的事', 'fake-speex-voice', VOICE_AMR.subarray(6, 38).toString('hex')]) {
      expect(text.split('\n').filter((line) => line.includes(needle)), needle).toEqual([]);
    }
    const logs = server.logs.join('\n');
    for (const needle of [OPENID, '0698765432', '打我', '别怕']) expect(logs).not.toContain(needle);
  });

  it('purges messages older than the retention period from the database and its files', async () => {
    const [{ n: before }] = await server.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM inbox_messages`);
    expect(before).toBeGreaterThan(5);
    const sealed: Buffer[] = (await server.deps.db.dataSource.query(`SELECT body_sealed FROM inbox_messages`)).map((r: { body_sealed: Buffer }) => r.body_sealed);
    const purged = await inboxPurge({ m: server.deps.db.dataSource.manager, now: new Date('2027-01-15T00:00:00Z'), retentionDays: 30 });
    expect(purged).toEqual({ messages: before, conversations: 2 });
    const [{ n: after }] = await server.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM inbox_messages`);
    expect(after).toBe(0);
    await later(new Date('2027-01-15T00:00:00Z'), async () => expect(await list()).toEqual([]));
    if (engine === 'pglite') {
      await server.deps.db.dataSource.query('CHECKPOINT');
      // The tables' own files: the write-ahead log may keep a sealed body until it is recycled.
      const files = dataFiles(path.join(server.config.DATA_DIR, 'pglite', 'base'));
      expect(files.length).toBeGreaterThan(100);
      expect(sealed.filter((s) => files.some((f) => f.includes(s.subarray(12, 40))))).toEqual([]);
    }
  });
});
