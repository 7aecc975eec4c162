import fc from 'fast-check';
import type { IdentifierKind } from '../src/contract/alerts';

/**
 * Identifiers in every form the normaliser accepts (and the full-width forms phones type), inside
 * free Chinese and French text: none may survive the scrubber. Exported for the storage test
 * (routes/reports/privacy.test.ts), which proves the same of the database files, the WAL and the logs.
 */
export interface Planted {
  kind: IdentifierKind;
  /** As written in the text. */
  written: string;
  /** What must not be found again: the identifier's letters and digits, lower-cased. */
  core: string;
}

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
const SEPS = ['', ' ', '.', '-', '/', ',', '_', '  '];
const sep = fc.constantFrom(...SEPS);
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const maybeWide = (a: fc.Arbitrary<Planted>) =>
  fc.tuple(a, fc.boolean()).map(([p, wide]) => (wide ? { ...p, written: fullWidth(p.written) } : p));

const frenchMobile: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom('6', '7'), digits(8), sep, fc.constantFrom('0', '+33 ', '0033', '+33'))
  .map(([first, rest, s, prefix]) => {
    const national = `${first}${rest}`;
    const pairs = [national[0], ...national.slice(1).match(/../g)!];
    return { kind: 'phone' as const, written: `${prefix}${pairs.join(s)}`, core: national };
  });
const chineseMobile: fc.Arbitrary<Planted> = fc
  .tuple(fc.constantFrom('3', '5', '8', '9'), digits(9), sep, fc.constantFrom('', '+86 ', '0086'))
  .map(([second, rest, s, prefix]) => {
    const n = `1${second}${rest}`;
    return { kind: 'phone' as const, written: `${prefix}${n.slice(0, 3)}${s}${n.slice(3, 7)}${s}${n.slice(7)}`, core: n };
  });
const letters = (n: number) => fc.array(fc.constantFrom(...'ABCDEFGHJKLMNPQRSTVWXYZ'), { minLength: n, maxLength: n }).map((l) => l.join(''));
const plateSep = fc.constantFrom('', ' ', '-', '_', '/', '.');
const sivPlate: fc.Arbitrary<Planted> = fc
  .tuple(letters(2), digits(3), letters(2), plateSep, plateSep, fc.boolean())
  .map(([a, d, b, s1, s2, lower]) => {
    const written = `${a}${s1}${d}${s2}${b}`;
    return { kind: 'plate' as const, written: lower ? written.toLowerCase() : written, core: `${a}${d}${b}`.toLowerCase() };
  });
const fniPlate: fc.Arbitrary<Planted> = fc
  .tuple(digits(3), letters(3), fc.constantFrom('75', '93', '2A', '13'), plateSep, fc.boolean())
  .map(([d, l, dep, s, lower]) => {
    const written = `${d}${s || ' '}${l}${s || ' '}${dep}`;
    return { kind: 'plate' as const, written: lower ? written.toLowerCase() : written, core: `${d}${l}${dep}`.toLowerCase() };
  });
const wechatId: fc.Arbitrary<Planted> = fc
  .tuple(fc.stringMatching(/^[a-z][a-z]{4,8}$/), fc.constantFrom('_', '8', '_8', '88', '2024'), fc.stringMatching(/^[a-z0-9]{0,5}$/), fc.boolean())
  .map(([head, mark, tail, upper]) => {
    const id = `${head}${mark}${tail}`;
    return { kind: 'wechat' as const, written: upper ? id.toUpperCase() : id, core: id.toLowerCase() };
  });
const email: fc.Arbitrary<Planted> = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{2,9}[a-z0-9]$/), fc.stringMatching(/^[a-z]{3,9}$/), fc.constantFrom('fr', 'com', 'cn', 'qq.com'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain, tld]) => ({ kind: 'email' as const, written: `${local}@${domain}.${tld}`, core: `${local}@${domain}.${tld}` }));

export const plantedIdentifier: fc.Arbitrary<Planted> = fc.oneof(maybeWide(frenchMobile), maybeWide(chineseMobile), maybeWide(sivPlate), fniPlate, wechatId, email);

const WORDS = ['他', '说', '很凶', '不肯', '付钱', '见面', '在', '酒店', '晚上', 'il', 'a', 'dit', 'que', 'le', 'client', 'rendez-vous', 'gare', 'voiture', 'grise', 'numéro', '号码', '车牌', '微信', '邮箱'];
const GLUE = [' ', '，', '。', '、', '：', ': ', '', ' - '];
const filler = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 5 }).map((w) => w.join(' '));
const glue = fc.constantFrom(...GLUE);

/** Free text holding one to four planted identifiers. */
export const storyWithIdentifiers = fc
  .array(fc.tuple(filler, glue, plantedIdentifier, glue), { minLength: 1, maxLength: 4 })
  .chain((parts) => filler.map((end) => ({ text: parts.map(([f, g1, p, g2]) => `${f}${g1}${p.written}${g2}`).join('') + end, planted: parts.map(([, , p]) => p) })));

/** The text as the scrubber reads it, letters and digits only (plus @ and . for emails), lower-cased. */
export function survivors(stored: string, planted: Planted[]): Planted[] {
  const folded = stored.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toLowerCase();
  const compact = folded.replace(/[^a-z0-9]/g, '');
  return planted.filter((p) => (p.kind === 'email' ? folded.replace(/\s/g, '').includes(p.core) || folded.includes(`${p.core.split('@')[0]}@`) : compact.includes(p.core.replace(/[^a-z0-9]/g, ''))));
}

