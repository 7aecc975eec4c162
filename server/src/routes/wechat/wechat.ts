import Router from '@koa/router';
import type { Context } from 'koa';
import { z } from 'zod';
import { PayloadTooLargeError, UnauthorizedError, ValidationError, WebhookNotConfiguredError } from '../../errors';
import { parse } from '../../middleware/validate';
import inboxReceive from '../../commands/inboxReceive';
import { crisisWords } from '../../inbox/crisis';
import { inboxCrypto } from '../../inbox/crypto';
import { presence } from '../../inbox/presence';
import { loadReplies, receivedReply, textReply, welcomeReply, type LinkTarget } from './replies';
import { checkSignature, MAX_AGE_SECONDS } from './signature';
import { parseWechatXml, textReplyXml, XmlError } from './xml';

const MAX_BODY_BYTES = 64 * 1024;

const SignedQuery = z.object({
  signature: z.string().regex(/^[0-9a-fA-F]{40}$/, 'must be 40 hexadecimal characters'),
  timestamp: z.string().regex(/^\d{1,12}$/, 'must be a number of seconds'),
  nonce: z.string().min(1, 'is required').max(64),
});
const EchoQuery = SignedQuery.extend({ echostr: z.string().min(1, 'is required').max(256) });

/** Refuses anything WeChat did not sign within the last five minutes. */
function verify(ctx: Context, query: z.infer<typeof SignedQuery>): void {
  const token = ctx.deps.config.WECHAT_TOKEN;
  if (!token) throw WebhookNotConfiguredError();
  const result = checkSignature(token, query, ctx.deps.now());
  if (result === 'invalid') throw UnauthorizedError('The WeChat signature does not match.');
  if (result === 'stale') throw UnauthorizedError('The WeChat timestamp is more than 5 minutes away from our clock.');
}

/**
 * Whether this signed call is new. A signature covers (timestamp, nonce), so it is remembered for
 * twice the time window (clocks may differ either way) in the database, shared by every process.
 */
async function firstTime(ctx: Context, signature: string): Promise<boolean> {
  const now = ctx.deps.now();
  const m = ctx.deps.db.dataSource.manager;
  await m.query(`DELETE FROM wechat_nonces WHERE seen_at < $1`, [new Date(now.getTime() - 2 * MAX_AGE_SECONDS * 1000)]);
  const inserted = await m.query(`INSERT INTO wechat_nonces (signature, seen_at) VALUES ($1, $2) ON CONFLICT (signature) DO NOTHING RETURNING signature`, [
    signature.toLowerCase(),
    now,
  ]);
  return inserted.length === 1;
}

async function readBody(ctx: Context): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw PayloadTooLargeError('A WeChat message is at most 64 KB.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The official account's webhook (plaintext or compatible mode). Every message is kept, sealed, for
 * the mediators' inbox (console → 留言); keywords get links into the mini-program, the rest the truth
 * about when a person reads it. Nothing of a message — sender, text — is logged.
 */
export function wechatRouter() {
  const router = new Router();

  router.get('/wechat', async (ctx) => {
    const query = parse(EchoQuery, ctx.query);
    verify(ctx, query);
    ctx.type = 'text/plain';
    ctx.body = query.echostr;
  });

  router.post('/wechat', async (ctx) => {
    const query = parse(SignedQuery, ctx.query);
    verify(ctx, query);
    // A replayed call is answered as WeChat expects, with nothing done: no reply, no link.
    if (!(await firstTime(ctx, query.signature))) {
      ctx.type = 'text/xml';
      ctx.body = 'success';
      return;
    }
    let message: Record<string, string>;
    try {
      message = parseWechatXml(await readBody(ctx));
    } catch (e) {
      if (e instanceof XmlError) throw ValidationError(`The message is not WeChat XML: ${e.message}.`);
      throw e;
    }
    const { config, now } = ctx.deps;
    const replies = loadReplies(config.CONTENT_DIR);
    const target: LinkTarget = { miniprogramAppid: config.MINIPROGRAM_APPID, h5Url: config.H5_URL };
    // Kept (sealed) before answering: if this fails WeChat sends the message again, and it is kept once.
    await ctx.deps.db.dataSource.transaction((m) =>
      inboxReceive({ m, crypto: inboxCrypto(config), now: now(), message, crisisWords: crisisWords(config.CONTENT_DIR) }),
    );
    const here = presence(config, now());
    let content: string | null = null;
    if (message.MsgType === 'event') {
      if (message.Event === 'subscribe') content = welcomeReply(replies, target);
    } else if (message.MsgType === 'text') content = textReply(replies, message.Content ?? '', target, here);
    else if (message.MsgType) content = receivedReply(replies, here, 'zh-Hans', target);
    ctx.type = 'text/xml';
    // "success" tells WeChat there is deliberately no reply (other events, encrypted-only messages).
    if (!content || !message.FromUserName || !message.ToUserName) {
      ctx.body = 'success';
      return;
    }
    ctx.body = textReplyXml({ to: message.FromUserName, from: message.ToUserName, createTime: Math.floor(now().getTime() / 1000), content });
  });

  return router;
}
