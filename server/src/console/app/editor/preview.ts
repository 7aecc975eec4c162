import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call } from '../api';
import { clear, h } from '../dom';
import { messages } from '../i18n';

const t = messages(
  { heading: '预览（公众号文章效果）', account: 'Lotus 莲花巴士', empty: '在左边写文章，这里会显示效果。', phone: '手机宽度', wide: '宽屏', width: '预览宽度' },
  { heading: 'Aperçu (comme dans WeChat)', account: 'Lotus 莲花巴士', empty: 'Écrivez à gauche : l’aperçu s’affiche ici.', phone: 'Largeur d’un téléphone', wide: 'Large', width: 'Largeur de l’aperçu' },
);

const KEY = 'lotus.console.previewWidth';

/**
 * The article exactly as the official account receives it, from the server's WeChat rendering
 * (outside links become numbered notes, image descriptions captions), at a phone's width by
 * default. The HTML is markdown-it's with raw HTML escaped, so it is safe to insert.
 */
export function previewPane() {
  const title = h('h1', { class: 'wx-title' });
  const content = h('div', { class: 'wx-content', 'data-testid': 'preview' });
  const phone = h('div', { class: 'phone', 'data-testid': 'preview-frame' }, title, h('p', { class: 'wx-meta' }, t('account')), content);
  const buttons = (['phone', 'wide'] as const).map((w) => h('button', { type: 'button', class: 'lang', 'data-width': w, onclick: () => setWidth(w) }, t(w)));
  function setWidth(w: 'phone' | 'wide') {
    phone.classList.toggle('narrow', w === 'phone');
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.width === w));
    for (const b of buttons) b.classList.toggle('active', b.dataset.width === w);
    localStorage.setItem(KEY, w);
  }
  setWidth(localStorage.getItem(KEY) === 'wide' ? 'wide' : 'phone');
  const el = h('section', { class: 'preview' }, h('h2', {}, t('heading')), h('div', { class: 'preview-tools', role: 'group', 'aria-label': t('width') }, ...buttons), phone);
  let seq = 0;

  async function update(titleText: string, markdown: string) {
    title.textContent = titleText;
    const mine = ++seq;
    if (!markdown.trim()) {
      clear(content);
      content.appendChild(h('p', { class: 'muted' }, t('empty')));
      return;
    }
    const { html } = (await call(ADMIN_ROUTES.articlePreview, {}, { markdown })).data;
    if (mine === seq) content.innerHTML = html;
  }

  return { el, update };
}
