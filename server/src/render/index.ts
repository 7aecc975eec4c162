import MarkdownIt from 'markdown-it';
type Token = MarkdownIt.Token;
import { STYLES } from './styles';

/**
 * One renderer for the mini-program, the console preview and the official-account article.
 * `html: false` escapes any raw HTML in the source, so a text cannot smuggle a script in.
 */
export const md = new MarkdownIt({ html: false, linkify: true, breaks: false, typographer: false });

function styleTokens(tokens: Token[]): void {
  for (const token of tokens) {
    const style = STYLES[token.tag];
    if (style && token.nesting !== -1) token.attrSet('style', style);
    if (token.children) styleTokens(token.children);
  }
}

md.core.ruler.push('inline_styles', (state) => {
  styleTokens(state.tokens);
});

/** Code spans and blocks are rendered by their own rules, which read the token's attrs. */
const fence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) =>
  fence(tokens, idx, options, env, self).replace('<pre>', `<pre style="${STYLES.pre}">`);

export function renderMarkdown(markdown: string): string {
  return md.render(markdown);
}
