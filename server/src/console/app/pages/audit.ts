import type { AuditEntryDTO } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call } from '../api';
import { formatDateTime, h } from '../dom';
import { wechatFailure } from '../editor/publishPanel';
import { lang, messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  {
    nav: '操作记录', heading: '操作记录', intro: '谁在什么时候做了什么（不记录内容本身）。', at: '时间', what: '发生了什么', empty: '还没有记录。',
    system: '系统（命令行）', untitled: '（已删除）',
    login: '{who} 登录了后台。', logout: '{who} 退出了后台。', loginLocked: '账号 {who} 输错密码太多次，被暂时锁定。',
    articleCreated: '{who} 新建了文章《{title}》。', articleSaved: '{who} 修改了文章《{title}》。', stillBlocked: '还有 {n} 个被拦截的词语。',
    articlePublished: '{who} 把文章《{title}》发布到了公众号。', articleDraft: '{who} 把文章《{title}》放进了公众号草稿箱，等待发表。', articleFailed: '{who} 发布文章《{title}》失败：{reason}',
    articleOverride: '{who} 在还有 {n} 个被拦截词语时仍然发布了文章《{title}》，理由：“{reason}”', articleMarked: '{who} 保存了文章《{title}》在公众号上的链接。',
    articleArchive: '{who} 归档了文章《{title}》。', articleUnarchive: '{who} 把文章《{title}》从归档中恢复了。',
    updateCreated: '{who} 新建了通知《{title}》。', updateSaved: '{who} 修改了通知《{title}》。', updateExpire: '{who} 撤下了通知《{title}》。',
    updatePublished: '{who} 把通知《{title}》发布到了公众号。', updateDraft: '{who} 把通知《{title}》放进了公众号草稿箱，等待发表。', updateFailed: '{who} 发布通知《{title}》失败：{reason}',
    updateOverride: '{who} 在还有 {n} 个被拦截词语时仍然发布了通知《{title}》，理由：“{reason}”', updateMarked: '{who} 保存了通知《{title}》在公众号上的链接。',
    sceneCreate: '{who} 新建了传单“{title}”。',
    screenAccept: '{who} 确认在《{title}》里保留「{w}」，理由：“{reason}”', screenWithdraw: '{who} 撤销了在《{title}》里保留「{w}」的确认。',
    mediatorCreate: '{who} 新建了账号 {name}（{role}）。', mediatorReset: '{who} 重设了账号 {name} 的密码。', mediatorRole: '{who} 把账号 {name} 改为{role}。',
    mediatorDisable: '{who} 停用了账号 {name}。', mediatorEnable: '{who} 重新启用了账号 {name}。', mediatorUnlock: '{who} 解锁了账号 {name}。',
    moderationApprove: '{who} 确认了一条关于{kind}的提醒。', moderationReject: '{who} 拒绝了一条关于{kind}的提醒。', moderationDuplicate: '{who} 把一条关于{kind}的提醒标为重复。',
    descriptionApprove: '{who} 确认并显示了一条按样子的提醒。', descriptionEdit: '{who} 修改了一条已显示的按样子的提醒。', descriptionReject: '{who} 拒绝并删除了一条按样子的提醒。',
    serviceVerify: '{who} 核实了服务“{title}”的信息。',
    inboxReply: '{who} 回复了一条公众号留言。', inboxAssign: '{who} 指定了一条留言的负责人：{name}。', inboxDone: '{who} 把一条留言标为已处理。', inboxReopen: '{who} 重新打开了一条留言。', inboxUnassign: '{who} 取消了一条留言的负责人。', inboxReplyFailed: '{who} 回复一条公众号留言失败了。', inboxNote: '{who} 修改了一条留言的内部备注。',
    other: '{who} 做了一项其他操作。',
    admin: '管理员', mediator: '调解员', phone: '电话号码', wechat: '微信号', plate: '车牌', email: '邮箱',
  },
  {
    nav: 'Journal', heading: 'Journal', intro: 'Qui a fait quoi, et quand (jamais le contenu des messages).', at: 'Quand', what: 'Ce qui s’est passé', empty: 'Rien pour l’instant.',
    system: 'Le système (ligne de commande)', untitled: '(supprimé)',
    login: '{who} s’est connecté·e.', logout: '{who} s’est déconnecté·e.', loginLocked: 'Le compte {who} est bloqué un moment après trop de mots de passe faux.',
    articleCreated: '{who} a créé l’article « {title} ».', articleSaved: '{who} a modifié l’article « {title} ».', stillBlocked: ' {n} mot(s) bloqué(s) restent.',
    articlePublished: '{who} a publié l’article « {title} » sur le compte officiel.', articleDraft: '{who} a mis l’article « {title} » dans les brouillons du compte, à publier.', articleFailed: '{who} n’a pas pu publier l’article « {title} » : {reason}',
    articleOverride: '{who} a publié l’article « {title} » malgré {n} mot(s) bloqué(s), pour la raison : « {reason} »', articleMarked: '{who} a enregistré l’adresse de l’article « {title} » sur le compte.',
    articleArchive: '{who} a archivé l’article « {title} ».', articleUnarchive: '{who} a sorti l’article « {title} » des archives.',
    updateCreated: '{who} a créé l’annonce « {title} ».', updateSaved: '{who} a modifié l’annonce « {title} ».', updateExpire: '{who} a retiré l’annonce « {title} ».',
    updatePublished: '{who} a publié l’annonce « {title} » sur le compte officiel.', updateDraft: '{who} a mis l’annonce « {title} » dans les brouillons du compte, à publier.', updateFailed: '{who} n’a pas pu publier l’annonce « {title} » : {reason}',
    updateOverride: '{who} a publié l’annonce « {title} » malgré {n} mot(s) bloqué(s), pour la raison : « {reason} »', updateMarked: '{who} a enregistré l’adresse de l’annonce « {title} » sur le compte.',
    sceneCreate: '{who} a créé le flyer « {title} ».',
    screenAccept: '{who} a gardé « {w} » dans « {title} » : « {reason} »', screenWithdraw: '{who} a annulé l’accord pour « {w} » dans « {title} ».',
    mediatorCreate: '{who} a créé le compte {name} ({role}).', mediatorReset: '{who} a remplacé le mot de passe du compte {name}.', mediatorRole: '{who} a fait du compte {name} un compte {role}.',
    mediatorDisable: '{who} a désactivé le compte {name}.', mediatorEnable: '{who} a réactivé le compte {name}.', mediatorUnlock: '{who} a débloqué le compte {name}.',
    moderationApprove: '{who} a confirmé un signalement ({kind}).', moderationReject: '{who} a rejeté un signalement ({kind}).', moderationDuplicate: '{who} a marqué un signalement ({kind}) comme doublon.',
    descriptionApprove: '{who} a confirmé et affiché une alerte par description.', descriptionEdit: '{who} a modifié une alerte par description affichée.', descriptionReject: '{who} a rejeté et supprimé une alerte par description.',
    serviceVerify: '{who} a vérifié les informations du service « {title} ».',
    inboxReply: '{who} a répondu à un message du compte.', inboxAssign: '{who} a confié une conversation à {name}.', inboxDone: '{who} a marqué une conversation comme traitée.', inboxReopen: '{who} a rouvert une conversation.', inboxUnassign: '{who} a retiré le suivi d’une conversation.', inboxReplyFailed: 'La réponse de {who} à un message du compte n’est pas partie.', inboxNote: '{who} a modifié la note interne d’une conversation.',
    other: '{who} a fait une autre action.',
    admin: 'administrateur', mediator: 'médiatrice', phone: 'téléphone', wechat: 'WeChat', plate: 'plaque', email: 'e-mail',
  },
);

type Key = Parameters<typeof t>[0];
const PIECE = { article: 'article', update: 'update' } as const;

/** One audit line as a sentence in her language, naming what it touched by its title. */
export function auditSentence(e: AuditEntryDTO): string {
  const d = e.detail ?? {};
  const who = e.username ?? t('system');
  const title = e.targetTitle ?? t('untitled');
  const word = (v: unknown): string => (typeof v === 'string' && ['admin', 'mediator', 'phone', 'wechat', 'plate', 'email'].includes(v) ? t(v as Key) : String(v ?? ''));
  const vars = { who, title, name: String(d.username ?? ''), role: word(d.role ?? d.to), kind: word(d.kind), n: Number(d.blockedHits ?? 0), reason: String(d.reason ?? '') };
  const [thing, verb] = e.action.split('.') as [string, string | undefined];
  if (thing === 'article' || thing === 'update') {
    const p = PIECE[thing];
    if (verb === 'save') {
      const base = t(`${p}${d.created ? 'Created' : 'Saved'}` as Key, vars);
      return p === 'article' && vars.n > 0 ? `${base}${t('stillBlocked', vars)}` : base;
    }
    if (verb === 'publish') {
      if (d.outcome === 'published') return t(`${p}Published` as Key, vars);
      if (d.outcome === 'draft') return t(`${p}Draft` as Key, vars);
      return t(`${p}Failed` as Key, { ...vars, reason: wechatFailure(String(d.code ?? '')) });
    }
    if (verb === 'override') return t(`${p}Override` as Key, vars);
    if (verb === 'mark-published') return t(`${p}Marked` as Key, vars);
    if (verb === 'archive' || verb === 'unarchive' || verb === 'expire') return t(`${p}${verb[0].toUpperCase()}${verb.slice(1)}` as Key, vars);
  }
  if (e.action === 'screen.accept' || e.action === 'screen.withdraw') return t(e.action === 'screen.accept' ? 'screenAccept' : 'screenWithdraw', { ...vars, w: String(d.word ?? '') });
  if (e.action === 'inbox.reply' && d.outcome === 'failed') return t('inboxReplyFailed', vars);
  if (e.action === 'inbox.assign' && !d.username) return t('inboxUnassign', vars);
  const simple: Record<string, Key> = {
    login: 'login', logout: 'logout', 'login.locked': 'loginLocked', 'scene.create': 'sceneCreate', 'service.verify': 'serviceVerify',
    'mediator.create': 'mediatorCreate', 'mediator.password-reset': 'mediatorReset', 'mediator.role': 'mediatorRole', 'mediator.disable': 'mediatorDisable',
    'mediator.enable': 'mediatorEnable', 'login.unlock': 'mediatorUnlock',
    'inbox.reply': 'inboxReply', 'inbox.assign': 'inboxAssign', 'inbox.done': 'inboxDone', 'inbox.reopen': 'inboxReopen', 'inbox.note': 'inboxNote',
    'moderation.approve': 'moderationApprove', 'moderation.reject': 'moderationReject', 'moderation.duplicate': 'moderationDuplicate',
    'description.approve': 'descriptionApprove', 'description.edit': 'descriptionEdit', 'description.reject': 'descriptionReject',
  };
  return t(simple[e.action] ?? 'other', vars);
}

/** Articles and updates link to their editor. */
function sentence(e: AuditEntryDTO): Node {
  const text = auditSentence(e);
  return e.targetId && (e.targetType === 'article' || e.targetType === 'update') && e.targetTitle ? h('a', { href: `#/${e.targetType}s/${e.targetId}` }, text) : document.createTextNode(text);
}

export const auditPage: Page = {
  route: 'audit',
  nav: { label: () => t('nav'), roles: ['admin'] },
  async render() {
    const { data } = await call(ADMIN_ROUTES.audit, {}, { limit: 200, lang: lang() });
    const rows = data.map((e) => h('tr', { 'data-testid': 'audit-row' }, h('td', { class: 'nowrap' }, formatDateTime(e.at)), h('td', {}, sentence(e))));
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading'))),
      h('p', { class: 'muted' }, t('intro')),
      data.length === 0
        ? h('p', { class: 'muted' }, t('empty'))
        : h('table', { class: 'list' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('at')), h('th', { scope: 'col' }, t('what')))), h('tbody', {}, ...rows)),
    );
  },
};
