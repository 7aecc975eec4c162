import { WECHAT_FAILURE_CODES, type PublishResultDTO, type WechatFailureCode, type WechatPublicationDTO } from '../../../contract/admin';
import { ApiError, explain } from '../api';
import { clear, h } from '../dom';
import { clearErrors, showError } from '../fieldErrors';
import { messages } from '../i18n';

/** WeChat's refusals (the `code` of a failed outcome), in her language; never WeChat's English. */
const wechat = messages<WechatFailureCode | 'other'>(
  {
    quota: '公众号今天的发布次数已用完。请明天再试。',
    busy: '微信现在很忙，请一分钟后再试。',
    title_missing: '文章需要一个标题。',
    title_too_long: '标题太长：公众号最多 32 个字。',
    content_too_long: '文章太长：请缩短或分成两篇。',
    credentials: '公众号的 AppID / AppSecret 不正确，请联系技术人员。',
    ip_not_whitelisted: '这台服务器的 IP 地址不在公众号的白名单里，请联系技术人员。',
    token_rejected: '微信不接受服务器的登录凭证（可能另一个系统在用同一个 AppSecret）。请联系技术人员。',
    unauthorized_api: '这个公众号没有使用这项功能的权限。请联系技术人员。',
    media_missing: '公众号草稿箱里已经没有这篇草稿了。请再点一次“发布”，会新建一篇。',
    invalid_image: '有一张图片微信不接受：只能是 1 MB 以下的 JPG 或 PNG。请换一张图片。',
    unreachable: '连接不上微信，请稍后再试。',
    publish_failed: '微信没有发表这篇文章。请到 mp.weixin.qq.com 查看原因，或联系技术人员。',
    publish_pending: '微信还在处理。几分钟后到 mp.weixin.qq.com 查看，然后在这里贴上文章链接。',
    other: '微信拒绝了发布（错误代码 {code}）。请把这个代码告诉技术人员。',
  },
  {
    quota: 'Le quota de publications du compte est épuisé pour aujourd’hui. Réessayez demain.',
    busy: 'WeChat est occupé : réessayez dans une minute.',
    title_missing: 'L’article a besoin d’un titre.',
    title_too_long: 'Titre trop long : 32 caractères au plus pour le compte officiel.',
    content_too_long: 'Article trop long : raccourcissez-le ou coupez-le en deux.',
    credentials: 'AppID / AppSecret du compte refusés : contactez la personne technique.',
    ip_not_whitelisted: 'L’adresse IP du serveur n’est pas autorisée par le compte : contactez la personne technique.',
    token_rejected: 'WeChat refuse l’accès du serveur (un autre système utilise peut-être le même AppSecret) : contactez la personne technique.',
    unauthorized_api: 'Ce compte n’a pas le droit d’utiliser cette fonction : contactez la personne technique.',
    media_missing: 'Le brouillon n’est plus dans le compte : cliquez à nouveau sur « Publier », un nouveau sera créé.',
    invalid_image: 'WeChat refuse une image : JPG ou PNG de moins de 1 Mo seulement. Remplacez-la.',
    unreachable: 'WeChat ne répond pas : réessayez plus tard.',
    publish_failed: 'WeChat n’a pas publié l’article : voyez la raison sur mp.weixin.qq.com, ou contactez la personne technique.',
    publish_pending: 'WeChat traite encore l’article : regardez sur mp.weixin.qq.com dans quelques minutes, puis collez ici son adresse.',
    other: 'WeChat a refusé la publication (code {code}). Donnez ce code à la personne technique.',
  },
);

/** The sentence for a stored or answered WeChat failure code. */
export function wechatFailure(code: string): string {
  const known = WECHAT_FAILURE_CODES.find((c) => c === code);
  return known ? wechat(known) : wechat('other', { code: code.replace(/^wechat_/, '') });
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
    draft: '文章已放进公众号的草稿箱，还没有发表：这个公众号不能直接发表。',
    draftHelp: '请到 mp.weixin.qq.com →“草稿箱”打开这篇文章，点“发表”。发表后，把文章链接（https://mp.weixin.qq.com/s/…）粘贴在这里：',
    urlLabel: '已发表文章的链接',
    markPublished: '保存链接',
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
    draft: 'L’article est dans les brouillons du compte, pas encore publié : ce compte ne peut pas publier directement.',
    draftHelp: 'Sur mp.weixin.qq.com → « Brouillons », ouvrez l’article et cliquez « Publier ». Ensuite collez ici son adresse (https://mp.weixin.qq.com/s/…) :',
    urlLabel: 'Adresse de l’article publié',
    markPublished: 'Enregistrer l’adresse',
    failed: 'Échec de la publication : ',
    reasonShort: 'Écrivez une raison d’au moins 5 caractères.',
  },
);

interface Options {
  /** Saves what is on screen, then publishes it; `override` is the written reason. Null: she changed her mind. */
  publish(override?: string): Promise<PublishResultDTO | null>;
  markPublished(url: string): Promise<void>;
  /** How many blocking hits remain on screen right now. */
  blocked(): number;
  /** What WeChat last answered, as stored on the row. */
  initial: WechatPublicationDTO;
}

/** The publish button, the override box, and what WeChat answered — kept across reloads. */
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
  function showFailed(sentence: string) {
    clear(result);
    result.className = 'result error';
    result.append(t('failed'), sentence);
  }
  /** Stays until a valid link is saved: a bad paste is named beside the box, which remains. */
  function showDraft() {
    clear(result);
    result.className = 'result warn';
    result.setAttribute('data-state', 'draft');
    const url = h('input', { id: 'published-url-input', type: 'url', placeholder: 'https://mp.weixin.qq.com/s/…' });
    const form = h('div', {}, h('div', { class: 'field', 'data-field': 'url' }, h('label', { for: 'published-url-input' }, t('urlLabel')), url));
    const line = h('p', { class: 'message', 'aria-live': 'polite' });
    const save = h('button', {
      type: 'button',
      class: 'secondary',
      'data-testid': 'mark-published',
      onclick: async () => {
        clearErrors(form);
        line.textContent = '';
        try {
          await o.markPublished(url.value.trim());
          result.removeAttribute('data-state');
          showPublished(url.value.trim());
        } catch (e) {
          showError(form, line, e, { url: t('urlLabel') });
        }
      },
    }, t('markPublished'));
    result.append(h('p', { 'data-testid': 'draft-box' }, t('draft')), h('p', {}, t('draftHelp')), form, save, line);
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
    try {
      const outcome = await o.publish(override);
      if (!outcome) return;
      overrideBox.hidden = true;
      if (outcome.status === 'published') showPublished(outcome.url);
      else if (outcome.status === 'draft') showDraft();
      else showFailed(wechatFailure(outcome.code));
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

  if (o.initial.status === 'draft') showDraft();
  else if (o.initial.status === 'published' && o.initial.url) showPublished(o.initial.url);
  else if (o.initial.status === 'failed' && o.initial.error) showFailed(wechatFailure(o.initial.error));
  return h('section', { class: 'publish card' }, h('h2', {}, t('heading')), h('p', { class: 'notice' }, t('notice')), button, overrideBox, result);
}
