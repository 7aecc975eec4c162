/**
 * WeChat's messages are one flat `<xml>` element of named text fields. This reads exactly that and
 * nothing more: no DTD, no entities beyond the five predefined ones (so no XXE or entity bombs),
 * nested elements skipped, a bounded number of fields.
 */
const MAX_FIELDS = 64;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export class XmlError extends Error {}

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, name: string) => {
    if (name[0] !== '#') return ENTITIES[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

export function parseWechatXml(input: string): Record<string, string> {
  if (/<!(DOCTYPE|ENTITY)/i.test(input)) throw new XmlError('declarations are not accepted');
  const body = /^\s*(?:<\?xml[^>]*\?>\s*)?<xml>([\s\S]*)<\/xml>\s*$/.exec(input);
  if (!body) throw new XmlError('expected one <xml> element');
  const fields: Record<string, string> = {};
  const inner = body[1];
  let at = 0;
  let count = 0;
  while (at < inner.length) {
    const open = /\s*<([A-Za-z_][\w.-]{0,63})>/y;
    open.lastIndex = at;
    const tag = open.exec(inner);
    if (!tag) {
      if (inner.slice(at).trim() === '') break;
      throw new XmlError('unexpected content');
    }
    if (++count > MAX_FIELDS) throw new XmlError('too many fields');
    const name = tag[1];
    const close = `</${name}>`;
    let start = open.lastIndex;
    // CDATA first: its text may itself hold "</Content>".
    let text: string | null = null;
    while (inner.startsWith('<![CDATA[', start)) {
      const stop = inner.indexOf(']]>', start + 9);
      if (stop < 0) throw new XmlError(`<${name}> has an unclosed CDATA section`);
      text = (text ?? '') + inner.slice(start + 9, stop);
      start = stop + 3;
    }
    const end = inner.indexOf(close, start);
    if (end < 0) throw new XmlError(`<${name}> is not closed`);
    const raw = inner.slice(start, end);
    if (text !== null) {
      if (raw.trim() !== '') throw new XmlError(`<${name}> mixes CDATA and text`);
      fields[name] = text;
    } else if (!raw.includes('<')) fields[name] = decode(raw);
    at = end + close.length;
  }
  return fields;
}

/** CDATA cannot hold `]]>`: split it across two sections. */
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

export function textReplyXml({ to, from, createTime, content }: { to: string; from: string; createTime: number; content: string }): string {
  return (
    `<xml><ToUserName>${cdata(to)}</ToUserName><FromUserName>${cdata(from)}</FromUserName>` +
    `<CreateTime>${createTime}</CreateTime><MsgType>${cdata('text')}</MsgType><Content>${cdata(content)}</Content></xml>`
  );
}
