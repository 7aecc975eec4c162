/**
 * Inline styles per tag: the WeChat article editor drops <style> blocks and classes, and the
 * mini-program's RichText has no stylesheet either. Sizes are large: readers hold a phone at arm's length.
 */
const TEXT = 'color:#222;font-size:17px;line-height:1.8;';
export const STYLES: Record<string, string> = {
  h1: 'font-size:24px;font-weight:bold;color:#8a1c4a;margin:24px 0 12px;line-height:1.4;',
  h2: 'font-size:21px;font-weight:bold;color:#8a1c4a;margin:22px 0 10px;line-height:1.4;border-left:4px solid #d6336c;padding-left:10px;',
  h3: 'font-size:19px;font-weight:bold;color:#333;margin:18px 0 8px;line-height:1.4;',
  h4: 'font-size:18px;font-weight:bold;color:#333;margin:16px 0 8px;',
  p: `${TEXT}margin:0 0 14px;`,
  ul: `${TEXT}margin:0 0 14px;padding-left:24px;`,
  ol: `${TEXT}margin:0 0 14px;padding-left:24px;`,
  li: `${TEXT}margin:4px 0;`,
  blockquote: 'margin:0 0 14px;padding:10px 14px;background:#fff4f7;border-left:4px solid #d6336c;color:#444;',
  a: 'color:#1864ab;text-decoration:underline;',
  strong: 'font-weight:bold;color:#c2255c;',
  em: 'font-style:italic;',
  code: 'font-family:monospace;background:#f1f3f5;padding:2px 4px;border-radius:3px;font-size:15px;',
  pre: 'background:#f1f3f5;padding:12px;border-radius:6px;overflow-x:auto;font-size:15px;line-height:1.6;margin:0 0 14px;',
  hr: 'border:none;border-top:1px solid #dee2e6;margin:20px 0;',
  table: 'border-collapse:collapse;width:100%;margin:0 0 14px;font-size:16px;',
  th: 'border:1px solid #dee2e6;padding:6px 8px;background:#f8f9fa;font-weight:bold;',
  td: 'border:1px solid #dee2e6;padding:6px 8px;',
  img: 'max-width:100%;height:auto;display:block;margin:10px auto;',
};
