import Router from '@koa/router';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { under } from '../paths';
import type { Context } from 'koa';
import { In } from 'typeorm';
import inboxMedia from '../../../commands/inboxMedia';
import inboxReply from '../../../commands/inboxReply';
import inboxUpdate from '../../../commands/inboxUpdate';
import { InboxConversation, InboxMessage, Mediator } from '../../../entities';
import { NotFoundError, ReplyBlockedError, ReplyImageTooLargeError, ReplyImageTypeError } from '../../../errors';
import { inboxCrypto } from '../../../inbox/crypto';
import { csrf, requireSession, signedIn } from '../../../middleware/auth';
import { parse } from '../../../middleware/validate';
import { presentConversation, presentInboxMessage } from '../../../presenters/inbox';
import { accountGateway } from '../../../wechat/gateway';
import { screen } from '../../../screen';
import { ConversationParamsSchema, InboxReplySchema, InboxUpdateSchema, MediaParamsSchema } from '../../../contract/admin';
import type { ApiErrorBody } from '../../../contract/errors';

/** WeChat takes images up to 10 MB; a reply picture needs far less. */
const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

async function imageBody(ctx: Context): Promise<Buffer> {
  if (Number(ctx.get('Content-Length') || 0) > IMAGE_MAX_BYTES) throw ReplyImageTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > IMAGE_MAX_BYTES) throw ReplyImageTooLargeError();
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  const png = bytes[0] === 0x89 && bytes[1] === 0x50;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!png && !jpeg) throw ReplyImageTypeError();
  return bytes;
}

async function usernames(ctx: Context, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.deps.db.dataSource.manager.find(Mediator, { where: { id: In(wanted) } });
  return new Map(rows.map((r) => [r.id, r.username]));
}

async function conversationView(ctx: Context, id: string) {
  const { now, config } = ctx.deps;
  const m = ctx.deps.db.dataSource.manager;
  const crypto = inboxCrypto(config);
  const c = await m.findOne(InboxConversation, { where: { id } });
  if (!c) throw NotFoundError('There is no such conversation: it may have passed the retention period');
  const messages = await m.find(InboxMessage, { where: { conversationId: id }, order: { at: 'ASC' } });
  const names = await usernames(ctx, [c.assignedTo]);
  return {
    ...presentConversation(c, now(), c.assignedTo ? (names.get(c.assignedTo) ?? null) : null, messages.at(-1) ?? null, crypto),
    note: c.noteSealed ? crypto.open(c.noteSealed, 'note').toString('utf8') : '',
    messages: messages.map((msg) => presentInboxMessage(msg, now(), crypto)),
  };
}

/**
 * The mediators' inbox: what women wrote to the official account, and the replies. Every signed-in
 * mediator may read and answer; the audit trail records who did what, never the words.
 */
export function adminInboxRouter() {
  const router = new Router({ prefix: '/api/admin/inbox' });
  const at = under('/api/admin/inbox');
  router.use(requireSession(), csrf());

  // Crisis first (until marked done), then the most recent; each with her last message as a preview.
  router.get(at(ADMIN_ROUTES.inbox), async (ctx) => {
    const { now, config } = ctx.deps;
    const m = ctx.deps.db.dataSource.manager;
    const list = await m
      .createQueryBuilder(InboxConversation, 'c')
      .orderBy('c.crisis AND NOT c.done', 'DESC')
      .addOrderBy('c.last_activity_at', 'DESC')
      .limit(200)
      .getMany();
    const names = await usernames(ctx, list.map((c) => c.assignedTo));
    const crypto = inboxCrypto(config);
    const data = [];
    for (const c of list) {
      const last = await m.findOne(InboxMessage, { where: { conversationId: c.id }, order: { at: 'DESC' } });
      data.push(presentConversation(c, now(), c.assignedTo ? (names.get(c.assignedTo) ?? null) : null, last, crypto));
    }
    ctx.body = { data, meta: { retentionDays: config.INBOX_RETENTION_DAYS } };
  });

  // Opening a conversation marks it read.
  router.get(at(ADMIN_ROUTES.conversation), async (ctx) => {
    const { id } = parse(ConversationParamsSchema, ctx.params);
    const view = await conversationView(ctx, id);
    if (view.unread > 0) await ctx.deps.db.dataSource.manager.update(InboxConversation, { id }, { unread: 0 });
    ctx.body = { data: { ...view, unread: 0 } };
  });

  router.post(at(ADMIN_ROUTES.conversationReply), async (ctx) => {
    const { id } = parse(ConversationParamsSchema, ctx.params);
    const { text } = parse(InboxReplySchema, ctx.request.body ?? {});
    const { now, config } = ctx.deps;
    const hits = screen(config, text);
    try {
      const m = ctx.deps.db.dataSource.manager;
      await inboxReply({ m, crypto: inboxCrypto(config), gateway: accountGateway(ctx.deps), actor: signedIn(ctx).mediator, now: now(), conversationId: id, content: { type: 'text', text, hits } });
    } catch (e) {
      // The hits go back with the refusal, so the console can highlight them and offer the suggestions.
      if (!(e instanceof ReplyBlockedError)) throw e;
      ctx.status = 422;
      ctx.body = { error: { code: e.code, message: e.message, hits: e.hits } } satisfies ApiErrorBody;
      return;
    }
    ctx.body = { data: await conversationView(ctx, id) };
  });

  // The image itself is the request body (PNG or JPEG), as for article pictures.
  router.post(at(ADMIN_ROUTES.conversationReplyImage), async (ctx) => {
    const { id } = parse(ConversationParamsSchema, ctx.params);
    const bytes = await imageBody(ctx);
    const { now, config } = ctx.deps;
    const contentType = bytes[0] === 0x89 ? ('image/png' as const) : ('image/jpeg' as const);
    const m = ctx.deps.db.dataSource.manager;
    await inboxReply({ m, crypto: inboxCrypto(config), gateway: accountGateway(ctx.deps), actor: signedIn(ctx).mediator, now: now(), conversationId: id, content: { type: 'image', bytes, contentType } });
    ctx.body = { data: await conversationView(ctx, id) };
  });

  router.put(at(ADMIN_ROUTES.conversationUpdate), async (ctx) => {
    const { id } = parse(ConversationParamsSchema, ctx.params);
    const input = parse(InboxUpdateSchema, ctx.request.body ?? {});
    const { now, config } = ctx.deps;
    await ctx.deps.db.dataSource.transaction((m) => inboxUpdate({ m, crypto: inboxCrypto(config), actor: signedIn(ctx).mediator, now: now(), conversationId: id, ...input }));
    ctx.body = { data: await conversationView(ctx, id) };
  });

  router.get(at(ADMIN_ROUTES.conversationMedia), async (ctx) => {
    const { id, messageId } = parse(MediaParamsSchema, ctx.params);
    const { now, config } = ctx.deps;
    const file = await inboxMedia({ m: ctx.deps.db.dataSource.manager, crypto: inboxCrypto(config), gateway: () => accountGateway(ctx.deps), now: now(), conversationId: id, messageId });
    ctx.set('Cache-Control', 'private, no-store');
    ctx.type = file.contentType;
    ctx.body = file.bytes;
  });

  return router;
}
