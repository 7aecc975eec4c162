import { textWidth, type FlyerFont } from './font';
import type { FlyerLang, FlyerTexts } from './texts';

/** A6 portrait in PDF points (105 × 148 mm). */
export const A6 = { width: 297.64, height: 419.53 };
const MARGIN = 22;
const INK = '#1f2933';
const ACCENT = '#24476b';
const MUTED = '#6b7280';

export type Op =
  | { kind: 'text'; text: string; x: number; y: number; size: number; color: string }
  | { kind: 'qr'; x: number; y: number; size: number }
  | { kind: 'rule'; x: number; y: number; width: number; color: string };

export interface FlyerLayout {
  width: number;
  height: number;
  ops: Op[];
}

export interface FlyerSpec {
  texts: FlyerTexts;
  /** Languages of the three lines, in print order. */
  langs: FlyerLang[];
  /** The flyer code, printed small so the team can tell piles of flyers apart. */
  code: string;
  /** A test print: stamped so nobody hands it out. */
  test?: boolean;
}

export const TEST_STAMP = 'TEST · 测试样张 · ne pas distribuer';
const STAMP = '#c81e1e';

const STYLE: Record<FlyerLang, { size: number; leading: number }> = {
  'zh-Hans': { size: 11.5, leading: 17 },
  fr: { size: 9.5, leading: 13 },
};

// A CJK character (with the punctuation that may not start a line) or a Latin word with its spaces.
const TOKENS = /[\u3400-\u9fff\uf900-\ufaff][，。、：；！？）》」』·]?|[^\s\u3400-\u9fff\uf900-\ufaff]+\s*|\s+/g;

/** Greedy line breaking that measures with the font actually embedded. */
export function wrap(font: FlyerFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(TOKENS) ?? []) {
    const candidate = line + token;
    if (line && textWidth(font, candidate.trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export class FlyerTooFullError extends Error {}

/** Where everything goes on the card; the PDF and the SVG draw the same list. */
export function layoutFlyer(font: FlyerFont, spec: FlyerSpec): FlyerLayout {
  const { width, height } = A6;
  const ops: Op[] = [];
  const centred = (text: string, y: number, size: number, color: string) =>
    ops.push({ kind: 'text', text, x: (width - textWidth(font, text, size)) / 2, y, size, color });

  centred(spec.texts.name, 46, 26, ACCENT);
  centred(spec.langs.map((l) => spec.texts.organisation[l]).join(' · '), 63, 9, MUTED);

  const qrSize = 160;
  const qrTop = 76;
  ops.push({ kind: 'qr', x: (width - qrSize) / 2, y: qrTop, size: qrSize });

  let y = qrTop + qrSize + 24;
  for (const [i, lang] of spec.langs.entries()) {
    const { size, leading } = STYLE[lang];
    if (i > 0) y += 7;
    for (const line of spec.texts.lines[lang]) {
      for (const part of wrap(font, line, size, width - 2 * MARGIN)) {
        centred(part, y, size, INK);
        y += leading;
      }
    }
  }

  const ruleY = height - 44;
  if (y - 8 > ruleY) throw new FlyerTooFullError('The flyer lines do not fit on an A6 card: shorten them in content/flyer-texts.yaml');
  ops.push({ kind: 'rule', x: MARGIN, y: ruleY, width: width - 2 * MARGIN, color: '#d1d5db' });
  centred(spec.texts.contact, height - 25, 10, INK);
  const codeSize = 6;
  ops.push({ kind: 'text', text: spec.code, x: width - MARGIN - textWidth(font, spec.code, codeSize), y: height - 10, size: codeSize, color: MUTED });
  if (spec.test) {
    centred(TEST_STAMP, 18, 10, STAMP);
    ops.push({ kind: 'text', text: 'TEST', x: MARGIN, y: height - 10, size: 9, color: STAMP });
  }
  return { width, height, ops };
}
