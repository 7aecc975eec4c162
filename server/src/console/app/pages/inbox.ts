import type { InboxConversationDTO, InboxMessageDTO } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { ApiError, call, explain, pathOf, uploadFile } from '../api';
import { clear, debounce, formatDateTime, h } from '../dom';
import { highlightedText } from '../editor/highlightedText';
import type { FieldHit } from '../editor/hits';
import { messages } from '../i18n';
import type { Page } from './types';

const t = messages(
  {
    nav: '留言', heading: '公众号留言',
    intro: '姐妹们发给公众号的消息。只显示代号，不显示她的微信身份。消息加密保存 {days} 天后自动删除。',
    sister: '姐妹 {label}', empty: '还没有留言。', unread: '{n} 条未读', crisis: '危险信号', done: '已处理', assigned: '负责：{who}',
    voice: '[语音]', image: '[图片]', location: '[位置]', link: '[链接]', event: '[关注 / 取消关注]', video: '[视频]', other: '[其他消息]',
    back: '← 全部留言', timeLeft: '还可以回复：{h} 小时 {m} 分钟（她最后一条消息后 48 小时内）。',
    closed: '已经不能回复：微信只允许公众号在她最后一条消息后 48 小时内回复（超过会报错误 45015）。等她再发消息，就又可以回复 48 小时。',
    reply: '回复', sendImage: '发送图片', send: '发送', sending: '正在发送…', sent: '已发送。', replyHelp: '发出前会先经过敏感词筛查，和文章一样。',
    blocked: '没有发送：「{w}」在微信上会被拦截。', suggest: '可以改成：{s}', replaceWith: '改成「{s}」',
    voiceGone: '语音已过期（微信只保存 3 天）。', voiceWechatOnly: '这条语音是微信的 {format} 格式，浏览器放不了，只能在微信里听。可以请她打字，或者再发一条语音。', imageGone: '图片已过期（微信只保存 3 天）。', recognition: '微信识别的文字：{text}',
    place: '位置：{label}', assignMe: '由我负责', unassign: '取消负责', markDone: '标为已处理', reopen: '重新打开',
    note: '内部备注（她看不到）', saveNote: '保存备注', noteSaved: '备注已保存。', you: '我们（{who}）', her: '她', subscribe: '关注了公众号', unsubscribe: '取消了关注',
  },
  {
    nav: 'Messages', heading: 'Messages du compte officiel',
    intro: 'Ce que les femmes écrivent au compte. Seul un pseudonyme s’affiche, jamais son identité WeChat. Chiffrés, les messages sont effacés après {days} jours.',
    sister: 'Sœur {label}', empty: 'Aucun message pour l’instant.', unread: '{n} non lu(s)', crisis: 'Alerte danger', done: 'Traité', assigned: 'Suivi par {who}',
    voice: '[message vocal]', image: '[image]', location: '[lieu]', link: '[lien]', event: '[abonnement]', video: '[vidéo]', other: '[autre message]',
    back: '← Tous les messages', timeLeft: 'Réponse encore possible : {h} h {m} min (48 heures après son dernier message).',
    closed: 'Réponse impossible : WeChat ne laisse le compte répondre que dans les 48 heures qui suivent son dernier message (sinon erreur 45015). Dès qu’elle réécrit, vous avez de nouveau 48 heures.',
    reply: 'Répondre', sendImage: 'Envoyer une image', send: 'Envoyer', sending: 'Envoi…', sent: 'Envoyé.', replyHelp: 'Avant l’envoi, le texte passe le filtre de mots, comme les articles.',
    blocked: 'Pas envoyé : « {w} » serait bloqué par WeChat.', suggest: 'À la place : {s}', replaceWith: 'Remplacer par « {s} »',
    voiceGone: 'Message vocal expiré (WeChat le garde 3 jours).', voiceWechatOnly: 'Ce message vocal est au format {format} de WeChat : le navigateur ne sait pas le lire, il ne s’écoute que dans WeChat. Vous pouvez lui demander de l’écrire, ou de renvoyer un message vocal.', imageGone: 'Image expirée (WeChat la garde 3 jours).', recognition: 'Transcription de WeChat : {text}',
    place: 'Lieu : {label}', assignMe: 'Je m’en occupe', unassign: 'Ne plus suivre', markDone: 'Marquer comme traité', reopen: 'Rouvrir',
    note: 'Note interne (elle ne la voit pas)', saveNote: 'Enregistrer la note', noteSaved: 'Note enregistrée.', you: 'Nous ({who})', her: 'Elle', subscribe: 'S’est abonnée', unsubscribe: 'S’est désabonnée',
  },
);

type Key = Parameters<typeof t>[0];

function kindLabel(kind: string): string {
  return t((['voice', 'image', 'location', 'link', 'event', 'video'].includes(kind) ? kind : 'other') as Key);
}

function badges(c: InboxConversationDTO): HTMLElement {
  return h(
    'span',
    {},
    c.crisis && !c.done ? h('span', { class: 'badge failed', 'data-testid': 'crisis' }, `⚠ ${t('crisis')}`) : null,
    c.unread > 0 ? h('span', { class: 'badge warn', 'data-testid': 'unread' }, t('unread', { n: c.unread })) : null,
    c.done ? h('span', { class: 'badge ok' }, t('done')) : null,
    c.assignedTo ? h('span', { class: 'badge' }, t('assigned', { who: c.assignedTo })) : null,
  );
}

function listRow(c: InboxConversationDTO): HTMLElement {
  const preview = c.preview ? (c.preview.kind === 'text' ? c.preview.text : c.preview.text || kindLabel(c.preview.kind)) : '';
  return h(
    'tr',
    { 'data-testid': 'conversation' },
    h('td', {}, h('a', { href: `#/inbox/${c.id}`, class: 'strong' }, t('sister', { label: c.label })), ' ', badges(c), h('div', { class: 'muted small' }, preview)),
    h('td', { class: 'nowrap small' }, formatDateTime(c.lastActivityAt)),
  );
}

function messageBody(conversationId: string, m: InboxMessageDTO): Node {
  const src = pathOf(ADMIN_ROUTES.conversationMedia, { id: conversationId, messageId: m.id });
  if (m.kind === 'text') return h('div', { class: 'text' }, m.text ?? '');
  if (m.kind === 'voice') {
    if (m.media === 'expired') return h('div', { class: 'muted' }, t('voiceGone'));
    const recognition = m.recognition ? h('div', { class: 'muted small' }, t('recognition', { text: m.recognition })) : null;
    // The server turns AMR into WAV; speex has no decoder here, and a silent player would only mislead.
    if (m.format && m.format.toLowerCase() !== 'amr') return h('div', {}, h('div', { class: 'muted', 'data-testid': 'voice-wechat-only' }, t('voiceWechatOnly', { format: m.format })), recognition);
    return h('div', {}, h('audio', { controls: true, preload: 'none', src, 'data-testid': 'voice', style: 'width:100%' }), recognition);
  }
  if (m.kind === 'image') {
    if (m.media === 'expired') return h('div', { class: 'muted' }, t('imageGone'));
    return h('img', { src, alt: t('image'), class: 'inbox-image', 'data-testid': 'image', style: 'max-width:100%;max-height:240px' });
  }
  if (m.kind === 'location' && m.location) return h('div', {}, t('place', { label: m.location.label || `${m.location.lat}, ${m.location.lng}` }));
  if (m.kind === 'link' && m.link) return h('div', {}, `${m.link.title} — ${m.link.url}`);
  if (m.kind === 'event') return h('div', { class: 'muted' }, m.event === 'unsubscribe' ? t('unsubscribe') : m.event === 'subscribe' ? t('subscribe') : kindLabel('event'));
  return h('div', { class: 'muted' }, kindLabel(m.kind));
}

function timeLeft(c: InboxConversationDTO): HTMLElement {
  if (!c.replyOpen) return h('p', { class: 'notice', 'data-testid': 'window' }, t('closed'));
  const ms = new Date(c.replyUntil).getTime() - Date.now();
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return h('p', { class: 'muted', 'data-testid': 'window' }, t('timeLeft', { h: Math.floor(minutes / 60), m: minutes % 60 }));
}

async function conversationPage(id: string, me: string): Promise<HTMLElement> {
  const root = h('div', {});
  let c = (await call(ADMIN_ROUTES.conversation, { id })).data;

  const update = async (body: Record<string, unknown>, status: HTMLElement, ok = '') => {
    try {
      c = (await call(ADMIN_ROUTES.conversationUpdate, { id }, body)).data;
      render();
      if (ok) status.textContent = ok;
    } catch (e) {
      status.textContent = explain(e);
    }
  };

  function render() {
    clear(root);
    const status = h('p', { class: 'small', role: 'status' });
    const replyStatus = h('div', { class: 'small', role: 'status', 'data-testid': 'reply-status' });
    const box = highlightedText({ id: 'inbox-reply', value: '', rows: 3, oninput: () => rescreen() });
    box.textarea.setAttribute('aria-label', t('reply'));
    box.textarea.maxLength = 600;
    // The article editor's box is page-tall; a reply is a few lines.
    box.textarea.style.minHeight = '6rem';
    const rescreen = debounce(async () => {
      const { data: hits } = await call(ADMIN_ROUTES.screen, {}, { text: box.value });
      box.setHits(hits.map((x) => ({ ...x, field: 'body' }) as FieldHit));
    }, 300);
    const sendButton = h('button', { type: 'button', class: 'primary', disabled: !c.replyOpen }, t('send'));
    sendButton.addEventListener('click', async () => {
      const text = box.value.trim();
      if (!text) return;
      sendButton.disabled = true;
      replyStatus.textContent = t('sending');
      try {
        c = (await call(ADMIN_ROUTES.conversationReply, { id }, { text })).data;
        render();
        root.querySelector('[data-testid="reply-status"]')!.textContent = t('sent');
      } catch (e) {
        sendButton.disabled = false;
        clear(replyStatus);
        if (e instanceof ApiError && e.code === 'blocked') {
          const { data: hits } = await call(ADMIN_ROUTES.screen, {}, { text });
          box.setHits(hits.map((x) => ({ ...x, field: 'body' }) as FieldHit));
          for (const hit of hits.filter((x) => x.level === 'block')) {
            replyStatus.append(
              h(
                'p',
                { class: 'error' },
                t('blocked', { w: hit.text }),
                ' ',
                hit.suggest.length ? t('suggest', { s: hit.suggest.join(' / ') }) : '',
                ' ',
                ...hit.suggest.slice(0, 1).map((s) =>
                  h('button', { type: 'button', class: 'secondary', onclick: () => ((box.value = box.value.replace(hit.text, s)), rescreen()) }, t('replaceWith', { s })),
                ),
              ),
            );
          }
        } else {
          replyStatus.append(h('p', { class: 'error' }, explain(e)));
        }
      }
    });

    const imageInput = h('input', { type: 'file', id: 'inbox-image', accept: 'image/png,image/jpeg', class: 'visually-hidden', disabled: !c.replyOpen });
    imageInput.addEventListener('change', async () => {
      const file = imageInput.files?.[0];
      if (!file) return;
      replyStatus.textContent = t('sending');
      try {
        c = (await uploadFile(ADMIN_ROUTES.conversationReplyImage, { id }, file)).data;
        render();
        root.querySelector('[data-testid="reply-status"]')!.textContent = t('sent');
      } catch (e) {
        clear(replyStatus);
        replyStatus.append(h('p', { class: 'error' }, explain(e)));
      }
    });

    const note = h('textarea', { rows: 2, maxlength: 500, 'aria-label': t('note'), value: c.note });
    const thread = h(
      'ol',
      { class: 'inbox-thread', style: 'list-style:none;padding:0' },
      ...c.messages.map((m) =>
        h(
          'li',
          { class: `card ${m.direction}`, 'data-testid': 'message', style: m.direction === 'out' ? 'margin-left:2rem' : 'margin-right:2rem' },
          h('div', { class: 'muted small' }, `${m.direction === 'out' ? t('you', { who: m.by ?? '' }) : t('her')} · ${formatDateTime(m.at)}`),
          messageBody(id, m),
        ),
      ),
    );
    root.append(
      h('p', {}, h('a', { href: '#/inbox', class: 'back' }, t('back'))),
      h('div', { class: 'page-head' }, h('h1', {}, t('sister', { label: c.label })), badges(c)),
      h(
        'div',
        { class: 'actions' },
        c.assignedTo === me
          ? h('button', { type: 'button', class: 'secondary', onclick: () => update({ assignedTo: null }, status) }, t('unassign'))
          : h('button', { type: 'button', class: 'secondary', onclick: () => update({ assignedTo: me }, status) }, t('assignMe')),
        h('button', { type: 'button', class: 'secondary', onclick: () => update({ done: !c.done }, status) }, c.done ? t('reopen') : t('markDone')),
      ),
      status,
      thread,
      h('h2', {}, t('reply')),
      timeLeft(c),
      h('p', { class: 'muted small' }, t('replyHelp')),
      box.el,
      h('div', { class: 'actions' }, sendButton, c.replyOpen ? h('label', { for: 'inbox-image', class: 'secondary file-button' }, t('sendImage')) : null, imageInput),
      replyStatus,
      h('h2', {}, t('note')),
      h('div', { class: 'field' }, note),
      h('div', { class: 'actions' }, h('button', { type: 'button', class: 'secondary', onclick: () => update({ note: note.value }, status, t('noteSaved')) }, t('saveNote'))),
    );
  }
  render();
  return root;
}

export const inboxPage: Page = {
  route: 'inbox',
  nav: { label: () => t('nav') },
  async render() {
    const { data, meta } = await call(ADMIN_ROUTES.inbox, {});
    return h(
      'div',
      {},
      h('div', { class: 'page-head' }, h('h1', {}, t('heading'))),
      h('p', { class: 'muted' }, t('intro', { days: meta.retentionDays })),
      data.length === 0 ? h('p', { class: 'muted' }, t('empty')) : h('table', { class: 'list' }, h('tbody', {}, ...data.map(listRow))),
    );
  },
};

export const inboxConversationPage: Page = {
  route: 'inbox/:id',
  render: ({ params, me }) => conversationPage(params.id, me.username),
};
