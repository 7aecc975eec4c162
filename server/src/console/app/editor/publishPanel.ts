import { ApiError, explain } from '../api';
import { clear, h } from '../dom';
import { messages } from '../i18n';

/** WeChat's refusals the mediator meets most, in her language; others keep the server's sentence. */
const wechat = messages(
  {
    quota: '公众号今天的发布次数已用完。请明天再试。',
    busy: '微信现在很忙，请一分钟后再试。',
    title_too_long: '标题太长：公众号最多 32 个字。',
    content_too_long: '文章太长：请缩短或分成两篇。',
    credentials: '公众号的 AppID / AppSecret 不正确，请联系技术人员。',
    ip_not_whitelisted: '这台服务器的 IP 地址不在公众号的白名单里，请联系技术人员。',
    unreachable: '连接不上微信，请稍后再试。',
    publish_pending: '微信还在处理。几分钟后到 mp.weixin.qq.com 查看，然后在这里标记为已发布。',
  },
  {
    quota: 'Le quota de publications du compte est épuisé pour aujourd’hui. Réessayez demain.',
    busy: 'WeChat est occupé : réessayez dans une minute.',
    title_too_long: 'Titre trop long : 32 caractères au plus pour le compte officiel.',
    content_too_long: 'Article trop long : raccourcissez-le ou coupez-le en deux.',
    credentials: 'AppID / AppSecret du compte refusés : contactez la personne technique.',
    ip_not_whitelisted: 'L’adresse IP du serveur n’est pas autorisée par le compte : contactez la personne technique.',
    unreachable: 'WeChat ne répond pas : réessayez plus tard.',
    publish_pending: 'WeChat traite encore l’article : regardez sur mp.weixin.qq.com dans quelques minutes, puis marquez-le publié ici.',
  },
);
const WECHAT_CODES = ['quota', 'busy', 'title_too_long', 'content_too_long', 'credentials', 'ip_not_whitelisted', 'unreachable', 'publish_pending'] as const;

function failure(code: string, error: string): string {
  const known = WECHAT_CODES.find((c) => c === code);
  return known ? wechat(known) : error;
}

const t = messages(
  {
    heading: '发布到公众号',
    notice: '发布不会通知关注者（不推送）：文章只出现在公众号的文章列表里。小程序首页会立即显示。',
    publish: '发布到公众号',
    publishing: '正在发布…',
    overrideHeading: '仍然发布',
    overrideHelp: '还有被拦截的词语。如果确实需要原样发布，请写明理由（会记录在日志中）。',
    overrideLabel: '理由',
    overrideButton: '写明理由后仍然发布',
    cancel: '取消',
    published: '已发布：',
    draft: '已放入公众号草稿箱：',
    draftHelp: '在 mp.weixin.qq.com 上点“发表”后，把文章链接粘贴在这里：',
    urlLabel: '文章链接',
    markPublished: '标记为已发布',
    failed: '发布失败：',
    reasonShort: '请写至少 5 个字的理由。',
  },
  {
    heading: 'Publier sur le compte officiel',
    notice: 'Publier n’envoie aucune notification aux abonnés : l’article apparaît seulement dans la liste du compte. L’accueil du mini-programme l’affiche tout de suite.',
    publish: 'Publier sur le compte',
    publishing: 'Publication…',
    overrideHeading: 'Publier quand même',
    overrideHelp: 'Des mots bloqués restent. Pour publier tel quel, écrivez la raison (elle est gardée dans le journal).',
    overrideLabel: 'Raison',
    overrideButton: 'Publier quand même avec cette raison',
    cancel: 'Annuler',
    published: 'Publié : ',
    draft: 'Dans les brouillons du compte : ',
    draftHelp: 'Après avoir cliqué « Publier » sur mp.weixin.qq.com, collez ici l’adresse de l’article :',
    urlLabel: 'Adresse de l’article',
    markPublished: 'Marquer comme publié',
    failed: 'Échec de la publication : ',
    reasonShort: 'Écrivez une raison d’au moins 5 caractères.',
  },
);

export type Outcome = { status: 'published'; url: string } | { status: 'draft'; message: string } | { status: 'failed'; code: string; error: string };

interface Options {
  /** Saves what is on screen, then publishes it; `override` is the written reason. */
  publish(override?: string): Promise<Outcome>;
  markPublished(url: string): Promise<void>;
  /** How many blocking hits remain on screen right now. */
  blocked(): number;
  initial: { url: string | null; error: string | null };
}

/** The publish button, the override box, and what WeChat answered. */
export function publishPanel(o: Options): HTMLElement {
  const result = h('div', { class: 'result', 'data-testid': 'publish-result', 'aria-live': 'polite' });
  const reason = h('textarea', { id: 'override-reason', rows: 3 });
  const reasonError = h('p', { class: 'error' });
  reasonError.hidden = true;
  const overrideBox = h(
    'div',
    { class: 'override', 'data-testid': 'override' },
    h('h3', {}, t('overrideHeading')),
    h('p', {}, t('overrideHelp')),
    h('label', { for: 'override-reason' }, t('overrideLabel')),
    reason,
    reasonError,
    h('div', { class: 'row' }, h('button', { type: 'button', class: 'danger big', onclick: () => void run(reason.value.trim()) }, t('overrideButton')), h('button', { type: 'button', class: 'quiet', onclick: () => (overrideBox.hidden = true) }, t('cancel'))),
  );
  overrideBox.hidden = true;
  reason.addEventListener('input', () => (reasonError.hidden = true));
  const button = h('button', { type: 'button', class: 'primary big', 'data-testid': 'publish', onclick: () => void start() }, t('publish'));

  function showPublished(url: string) {
    clear(result);
    result.className = 'result ok';
    result.append(t('published'), h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'published-url' }, url));
  }
  function showFailed(message: string) {
    clear(result);
    result.className = 'result error';
    result.append(t('failed'), message);
  }
  function showDraft(message: string) {
    clear(result);
    result.className = 'result warn';
    const url = h('input', { id: 'published-url-input', type: 'url', placeholder: 'https://mp.weixin.qq.com/s/…' });
    result.append(
      h('p', {}, t('draft'), message),
      h('p', {}, t('draftHelp')),
      h('label', { for: 'published-url-input' }, t('urlLabel')),
      url,
      h('button', {
        type: 'button',
        class: 'secondary',
        onclick: async () => {
          try {
            await o.markPublished(url.value.trim());
            showPublished(url.value.trim());
          } catch (e) {
            showFailed(explain(e));
          }
        },
      }, t('markPublished')),
    );
  }

  async function start() {
    if (o.blocked() > 0) {
      overrideBox.hidden = false;
      reason.focus();
      return;
    }
    await run();
  }

  async function run(override?: string) {
    if (override !== undefined && override.length < 5) {
      reasonError.textContent = t('reasonShort');
      reasonError.hidden = false;
      return;
    }
    reasonError.hidden = true;
    button.disabled = true;
    button.textContent = t('publishing');
    clear(result);
    try {
      const outcome = await o.publish(override);
      overrideBox.hidden = true;
      if (outcome.status === 'published') showPublished(outcome.url);
      else if (outcome.status === 'draft') showDraft(outcome.message);
      else showFailed(failure(outcome.code, outcome.error));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'blocked') {
        overrideBox.hidden = false;
        reason.focus();
      }
      showFailed(explain(e));
    } finally {
      button.disabled = false;
      button.textContent = t('publish');
    }
  }

  if (o.initial.url) showPublished(o.initial.url);
  else if (o.initial.error) showFailed(o.initial.error);
  return h('section', { class: 'publish card' }, h('h2', {}, t('heading')), h('p', { class: 'notice' }, t('notice')), button, overrideBox, result);
}
