import type MarkdownIt from 'markdown-it';
import { md } from './index';
import { STYLES } from './styles';

type Token = MarkdownIt.Token;
type TokenClass = new (type: string, tag: string, nesting: number) => Token;

/**
 * The official-account article differs from the mini-program's HTML in two ways WeChat imposes:
 * images must live on WeChat's servers (it strips other image addresses), and links may only point
 * into mp.weixin.qq.com (it removes the others' href). So image sources are swapped for their
 * uploaded URLs, and other links become text with a numbered note listing the address at the end.
 */
const WECHAT_LINK = /^https?:\/\/mp\.weixin\.qq\.com\//i;
const CAPTION_STYLE = 'display:block;text-align:center;color:#888;font-size:14px;line-height:1.5;margin:-4px 0 12px;';
const NOTE_STYLE = 'font-size:14px;line-height:1.6;color:#666;margin:0 0 6px;word-break:break-all;';

function walk(tokens: Token[], visit: (token: Token, siblings: Token[], index: number) => void): void {
  // A live length: the visitor may insert tokens after the current one.
  for (let index = 0; index < tokens.length; index++) {
    visit(tokens[index], tokens, index);
    if (tokens[index].children) walk(tokens[index].children!, visit);
  }
}

/** The image sources of an article, each once, in order. */
export function imageSources(markdown: string): string[] {
  const sources = new Set<string>();
  walk(md.parse(markdown, {}), (token) => {
    if (token.type === 'image') sources.add(String(token.attrGet('src') ?? ''));
  });
  return [...sources].filter(Boolean);
}

/** `images` maps each source of `imageSources()` to its WeChat URL; an image without one is dropped. */
export function renderForWechat(markdown: string, images: ReadonlyMap<string, string>): string {
  const tokens = md.parse(markdown, {});
  const notes: string[] = [];
  walk(tokens, (token, siblings, index) => {
    if (token.type === 'image') {
      const url = images.get(String(token.attrGet('src') ?? ''));
      if (!url) {
        siblings[index] = new (token.constructor as TokenClass)('text', '', 0);
        return;
      }
      token.attrSet('src', url);
      // Readers see the description under the picture, as WeChat's editor does with captions.
      if (token.content.trim()) {
        const caption = new (token.constructor as TokenClass)('html_inline', '', 0);
        caption.content = `<span style="${CAPTION_STYLE}">${md.utils.escapeHtml(token.content.trim())}</span>`;
        siblings.splice(index + 1, 0, caption);
      }
      return;
    }
    if (token.type !== 'link_open') return;
    const href = String(token.attrGet('href') ?? '');
    if (WECHAT_LINK.test(href)) return;
    const close = siblings.findIndex((t, i) => i > index && t.type === 'link_close' && t.level === token.level);
    token.tag = 'span';
    token.attrs = [['style', STYLES.a.replace('text-decoration:underline;', '')]];
    if (close < 0) return;
    siblings[close].tag = 'span';
    // A bare address (linkify) already shows itself; a worded link gets a numbered note.
    if (token.markup === 'linkify') return;
    notes.push(href);
    const mark = new (token.constructor as TokenClass)('text', '', 0);
    mark.content = ` [${notes.length}]`;
    siblings.splice(close + 1, 0, mark);
  });
  const html = md.renderer.render(tokens, md.options, {});
  if (notes.length === 0) return html;
  const list = notes.map((href, i) => `<p style="${NOTE_STYLE}">[${i + 1}] ${md.utils.escapeHtml(href)}</p>`).join('');
  return `${html}<section style="margin:24px 0 0;padding-top:10px;border-top:1px solid #dee2e6;">${list}</section>`;
}
