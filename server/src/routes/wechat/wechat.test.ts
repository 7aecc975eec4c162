import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../../../test/db';
import { startTestServer, type TestServer } from '../../../test/server';
import { screenText } from '../../screen';
import { loadReplies } from './replies';
import { wechatSignature } from './signature';
import { parseWechatXml } from './xml';

const TOKEN = 'lotus-webhook-token';
const NOW = new Date('2026-11-23T10:00:00Z');
const TS = String(NOW.getTime() / 1000);
const OPENID = 'oQ7x-OPENID-never-in-logs';
const ACCOUNT = 'gh_lotusbus0001';

let nonces = 0;
/** Each call signed with a nonce of its own, as WeChat does: the same one twice is a replay. */
function signed(extra: Record<string, string> = {}, timestamp = TS, token = TOKEN, nonce = `n0nce${++nonces}`): string {
  return new URLSearchParams({ signature: wechatSignature(token, timestamp, nonce), timestamp, nonce, ...extra }).toString();
}

const message = (fields: Record<string, string>) =>
  `<xml><ToUserName><![CDATA[${ACCOUNT}]]></ToUserName><FromUserName><![CDATA[${OPENID}]]></FromUserName><CreateTime>${TS}</CreateTime>${Object.entries(
    fields,
  )
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('')}</xml>`;

describe(`official-account webhook (${engine})`, () => {
  let server: TestServer;
  const post = (body: string, query = signed()) =>
    fetch(`${server.url}/wechat?${query}`, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body });
  const reply = async (fields: Record<string, string>) => {
    const res = await post(message(fields));
    expect(res.status).toBe(200);
    return parseWechatXml(await res.text());
  };

  beforeAll(async () => {
    server = await startTestServer({
      env: { WECHAT_TOKEN: TOKEN, MINIPROGRAM_APPID: 'wxminiprogram0001', H5_URL: 'https://lotus.example.org/h5/' },
      now: () => NOW,
    });
  });
  afterAll(() => server.close());

  it('does nothing with a replayed message: the same timestamp and nonce within the window get no reply', async () => {
    const query = signed();
    const first = await post(message({ MsgType: 'text', Content: '目录' }), query);
    expect(parseWechatXml(await first.text()).MsgType).toBe('text');
    const again = await post(message({ MsgType: 'text', Content: '目录' }), query);
    expect([again.status, await again.text()]).toEqual([200, 'success']);
    const [{ n }] = await server.deps.db.dataSource.query(`SELECT count(*)::int AS n FROM wechat_nonces`);
    expect(n).toBeGreaterThan(0);
  });

  it('answers WeChat’s URL check with echostr when the signature is valid', async () => {
    const res = await fetch(`${server.url}/wechat?${signed({ echostr: 'echo-1234' })}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('echo-1234');
  });

  it('refuses a bad signature, a stale timestamp and missing parameters', async () => {
    const bad = await fetch(`${server.url}/wechat?${signed({ echostr: 'x' }, TS, 'another-token')}`);
    expect(bad.status).toBe(401);
    expect(await bad.json()).toEqual({ error: { code: 'unauthorized', message: 'The WeChat signature does not match.' } });

    const stale = await post(message({ MsgType: 'text', Content: '目录' }), signed({}, String(Number(TS) - 301)));
    expect(stale.status).toBe(401);
    expect(await stale.json()).toEqual({ error: { code: 'unauthorized', message: 'The WeChat timestamp is more than 5 minutes away from our clock.' } });

    const fresh = await post(message({ MsgType: 'text', Content: '目录' }), signed({}, String(Number(TS) - 299)));
    expect(fresh.status).toBe(200);

    const missing = await fetch(`${server.url}/wechat?timestamp=${TS}&nonce=x&echostr=y`);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { code: 'required', field: 'signature', message: 'signature: Invalid input: expected string, received undefined' } });
  });

  it('welcomes a new subscriber in Chinese then French, with a link into the mini-program', async () => {
    const r = await reply({ MsgType: 'event', Event: 'subscribe' });
    expect(r.ToUserName).toBe(OPENID);
    expect(r.FromUserName).toBe(ACCOUNT);
    expect(r.MsgType).toBe('text');
    expect(r.CreateTime).toBe(TS);
    expect(r.Content).toMatch(/^欢迎关注 Lotus Bus！/);
    expect(r.Content).toContain(
      '<a href="https://lotus.example.org/h5/#/pages/home/index" data-miniprogram-appid="wxminiprogram0001" data-miniprogram-path="pages/home/index">打开 Lotus 小程序</a>',
    );
    expect(r.Content).toContain('Bienvenue !');
    expect(Buffer.byteLength(r.Content)).toBeLessThan(2048);
  });

  it('answers each keyword with its link, in the keyword’s language', async () => {
    expect((await reply({ MsgType: 'text', Content: '目录' })).Content).toMatch(/data-miniprogram-path="pages\/directory\/index">服务目录<\/a>$/);
    expect((await reply({ MsgType: 'text', Content: 'Annuaire SVP' })).Content).toMatch(/^Services gratuits.*>Annuaire des services<\/a>$/);
    expect((await reply({ MsgType: 'text', Content: 'directory' })).Content).toContain('>服务目录</a>');
    expect((await reply({ MsgType: 'text', Content: '我想检查一个号码' })).Content).toContain('pages/check/index">查一查号码</a>');
    expect((await reply({ MsgType: 'text', Content: 'VÉRIFIER' })).Content).toContain('>Vérifier un numéro</a>');
    expect((await reply({ MsgType: 'text', Content: '紧急！' })).Content).toMatch(/^需要马上帮助？请拨打 112（免费）；警察 17；急救 15。.*\n收到了，工作人员会尽快回复你。$/);
    expect((await reply({ MsgType: 'text', Content: 'urgence' })).Content).toContain('pages/emergency/index">Numéros utiles tout de suite</a>');
  });

  it('answers anything else with the truth: within programme hours, a person replies soon', async () => {
    expect((await reply({ MsgType: 'text', Content: '你好' })).Content).toBe('收到了，工作人员会尽快回复你。');
    expect((await reply({ MsgType: 'text', Content: 'bonjour' })).Content).toBe('Bien reçu, quelqu’un de l’équipe vous répond dès que possible.');
    expect((await reply({ MsgType: 'image', PicUrl: 'http://mmbiz.qpic.cn/x', MediaId: 'm1' })).Content).toBe('收到了，工作人员会尽快回复你。');
  });

  it('answers "success" (no reply) to other events', async () => {
    const res = await post(message({ MsgType: 'event', Event: 'unsubscribe' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('success');
  });

  it('refuses what is not WeChat’s flat XML, including entity declarations', async () => {
    const xxe = await post('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><Content>&e;</Content></xml>');
    expect(xxe.status).toBe(400);
    expect(await xxe.json()).toEqual({ error: { code: 'invalid_request', message: 'The message is not WeChat XML: declarations are not accepted.' } });
    const junk = await post('{"MsgType":"text"}');
    expect(junk.status).toBe(400);
    expect(await junk.json()).toEqual({ error: { code: 'invalid_request', message: 'The message is not WeChat XML: expected one <xml> element.' } });
    const big = await post(message({ MsgType: 'text', Content: 'x'.repeat(70_000) }));
    expect(big.status).toBe(413);
  });

  it('never logs the sender or the message', async () => {
    await reply({ MsgType: 'text', Content: '秘密内容 0612345678' });
    const logs = server.logs.join('\n');
    expect(logs).toContain('"route":"/wechat"');
    expect(logs).not.toContain(OPENID);
    expect(logs).not.toContain('0612345678');
  });

  it('ships replies that pass the screener and fit in one WeChat text message', () => {
    const { replies } = loadReplies(server.config.CONTENT_DIR);
    for (const [name, texts] of Object.entries(replies)) {
      for (const text of Object.values(texts)) {
        // Only the police number may be flagged (a warning): the issue asks for 17 labelled as police.
        expect(screenText(text).filter((h) => h.level === 'block' || h.category !== 'police'), name).toEqual([]);
        expect(Buffer.byteLength(text), name).toBeLessThan(1200);
      }
    }
  });
});

describe('WeChat XML reader', () => {
  it('reads flat fields, entities and a CDATA that contains a closing tag, and skips nested elements', () => {
    expect(
      parseWechatXml('<xml><A>1 &lt; 2 &amp; &#x4E2D;</A><B><![CDATA[</B> ]]]]><![CDATA[>]]></B><C><D>x</D></C><E></E></xml>'),
    ).toEqual({ A: '1 < 2 & 中', B: '</B> ]]>', E: '' });
  });
});

describe('webhook without WECHAT_TOKEN', () => {
  it('says it is not set up', async () => {
    const server = await startTestServer({ now: () => NOW });
    try {
      const res = await fetch(`${server.url}/wechat?${signed({ echostr: 'x' })}`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: { code: 'not_configured', message: 'The official-account webhook is not set up: WECHAT_TOKEN is empty.' } });
    } finally {
      await server.close();
    }
  });
});
