import { api } from '../api';
import { clear, h } from '../dom';
import { messages } from '../i18n';

const t = messages(
  { heading: '预览（公众号文章效果）', account: 'Lotus 莲花巴士', empty: '在左边写文章，这里会显示效果。' },
  { heading: 'Aperçu (comme dans WeChat)', account: 'Lotus 莲花巴士', empty: 'Écrivez à gauche : l’aperçu s’affiche ici.' },
);

/**
 * The article as WeChat will show it, rendered by the server's own renderer (the same HTML the
 * account receives). The HTML is markdown-it's with raw HTML escaped, so it is safe to insert.
 */
export function previewPane() {
  const title = h('h1', { class: 'wx-title' });
  const content = h('div', { class: 'wx-content', 'data-testid': 'preview' });
  const el = h(
    'section',
    { class: 'preview' },
    h('h2', {}, t('heading')),
    h('div', { class: 'phone' }, title, h('p', { class: 'wx-meta' }, t('account')), content),
  );
  let seq = 0;

  async function update(titleText: string, markdown: string) {
    title.textContent = titleText;
    const mine = ++seq;
    if (!markdown.trim()) {
      clear(content);
      content.appendChild(h('p', { class: 'muted' }, t('empty')));
      return;
    }
    const { html } = await api<{ html: string }>('POST', '/api/admin/preview', { markdown });
    if (mine === seq) content.innerHTML = html;
  }

  return { el, update };
}
