import { textWidth, type FlyerFont } from '../flyers/font';
import { TEST_STAMP, wrap } from '../flyers/layout';
import { categoryWord, CHECK_IN_MINIPROGRAM, monthWords } from '../digest/words';
import type { SheetContent } from './data';
import { KIND_WORDS } from './tail';

/** A4 portrait in PDF points (210 × 297 mm). */
export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 40;
const INK = '#1f2933';
const ACCENT = '#24476b';
const MUTED = '#5b6472';
const RULE = '#c9ced6';
const PANEL = '#eef2f6';
const STAMP = '#c81e1e';
const QR_SIZE = 104;

export type SheetOp =
  | { kind: 'text'; text: string; x: number; y: number; size: number; color: string }
  | { kind: 'rule'; x: number; y: number; width: number; color: string }
  | { kind: 'panel'; x: number; y: number; width: number; height: number; color: string }
  | { kind: 'qr'; x: number; y: number; size: number };

export interface SheetLayout {
  width: number;
  height: number;
  pages: SheetOp[][];
}

/** Words and a shape for each level (never colour alone), in glyphs the embedded font has. */
const LEVELS: Record<string, { icon: string; 'zh-Hans': string; fr: string }> = {
  danger: { icon: '▲', 'zh-Hans': '危险', fr: 'Danger' },
  caution: { icon: '△', 'zh-Hans': '要小心', fr: 'Prudence' },
  information: { icon: 'ⓘ', 'zh-Hans': '提醒', fr: 'Information' },
};

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
function dateWords(at: Date): { 'zh-Hans': string; fr: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return { 'zh-Hans': `${get('year')}年${get('month')}月${get('day')}日`, fr: `${get('day')} ${FR_MONTHS[get('month') - 1]} ${get('year')}` };
}

/** The embedded font draws ’ and ‘ full-width (a CJK face): French reads better with the straight one. */
const straight = (t: string) => t.replace(/[’‘]/g, "'");

export class SheetTooLongError extends Error {}
const MAX_PAGES = 12;

/**
 * Where everything goes on the sheet, page by page: the header with the city, the date and the QR code,
 * the "check the full number" panel, the description alerts in full, then the table of identifier
 * alerts (kind, last characters, what happened, month, how many reports); a footer on every page.
 */
export function layoutSheet(font: FlyerFont, content: SheetContent, options: { test?: boolean } = {}): SheetLayout {
  const { width, height } = A4;
  const bottom = height - 56;
  const inner = width - 2 * MARGIN;
  const pages: SheetOp[][] = [[]];
  let ops = pages[0];
  let y = 0;
  const text = (t: string, x: number, at: number, size: number, color = INK) => ops.push({ kind: 'text', text: straight(t), x, y: at, size, color });
  const newPage = () => {
    if (pages.length >= MAX_PAGES) throw new SheetTooLongError(`More than ${MAX_PAGES} pages of alerts: print one city at a time`);
    ops = [];
    pages.push(ops);
    y = MARGIN + 10;
  };
  const room = (needed: number) => {
    if (y + needed > bottom) newPage();
  };
  const date = dateWords(content.at);

  // Header: the city, the date, the span covered; the QR code at the top right.
  text('Lotus Bus 提醒单 · Feuille d’alertes', MARGIN, 62, 20, ACCENT);
  text(`${content.city['zh-Hans']} · ${content.city.fr}`, MARGIN, 92, 16);
  text(`${date['zh-Hans']}打印 · imprimée le ${date.fr}`, MARGIN, 114, 10, MUTED);
  text(`最近 ${content.months} 个月的提醒 · alertes des ${content.months} derniers mois`, MARGIN, 130, 10, MUTED);
  ops.push({ kind: 'qr', x: width - MARGIN - QR_SIZE, y: 30, size: QR_SIZE });
  const scan = '扫码查询 · Scannez';
  text(scan, width - MARGIN - QR_SIZE / 2 - textWidth(font, scan, 8.5) / 2, 30 + QR_SIZE + 11, 8.5, MUTED);

  // The one thing to remember, in a panel.
  ops.push({ kind: 'panel', x: MARGIN, y: 156, width: inner, height: 48, color: PANEL });
  text(`${CHECK_IN_MINIPROGRAM['zh-Hans']}（扫右上角的码）`, MARGIN + 12, 176, 13);
  text(`${CHECK_IN_MINIPROGRAM.fr} (code en haut à droite).`, MARGIN + 12, 194, 10);
  y = 232;

  const heading = (zh: string, fr: string) => {
    room(60);
    text(`${zh} · ${fr}`, MARGIN, y, 14, ACCENT);
    ops.push({ kind: 'rule', x: MARGIN, y: y + 6, width: inner, color: ACCENT });
    y += 24;
  };

  heading('描述提醒', 'Alertes par description');
  if (content.descriptions.length === 0) {
    text(`最近 ${content.months} 个月没有 · Aucune ces ${content.months} derniers mois`, MARGIN, y, 10.5, MUTED);
    y += 22;
  }
  for (const d of content.descriptions) {
    const level = LEVELS[d.level] ?? LEVELS.information;
    const month = monthWords(d.month);
    const lines = straight(d.text).split('\n').flatMap((l) => wrap(font, l, 11, inner - 18));
    room(34 + lines.length * 16);
    text(level.icon, MARGIN, y + 1, 15);
    text(`${level['zh-Hans']} ${level.fr}${d.area ? ` · ${d.area}` : ''} · ${month['zh-Hans']} · ${month.fr}`, MARGIN + 18, y, 11.5);
    y += 15;
    text(d.categories.map((c) => `${categoryWord(c)['zh-Hans']} ${categoryWord(c).fr}`).join(' · '), MARGIN + 18, y, 9.5, MUTED);
    y += 16;
    for (const line of lines) {
      text(line, MARGIN + 18, y, 11);
      y += 16;
    }
    y += 8;
  }

  y += 6;
  heading('号码提醒', 'Alertes sur un numéro');
  const cols = { kind: MARGIN, tail: MARGIN + 78, what: MARGIN + 160, month: MARGIN + 380, count: MARGIN + 462 };
  const header = () => {
    room(40);
    for (const [key, zh, fr] of [['kind', '类型', 'Type'], ['tail', '最后几位', 'Fin'], ['what', '发生了什么', 'Ce qui s’est passé'], ['month', '月份', 'Mois'], ['count', '提醒次数', 'Signalements']] as const) {
      text(zh, cols[key], y, 9.5, MUTED);
      text(fr, cols[key], y + 11, 8, MUTED);
    }
    ops.push({ kind: 'rule', x: MARGIN, y: y + 17, width: inner, color: RULE });
    y += 32;
  };
  if (content.identifiers.length === 0) {
    text(`最近 ${content.months} 个月没有 · Aucune ces ${content.months} derniers mois`, MARGIN, y, 10.5, MUTED);
    y += 22;
  } else {
    header();
  }
  for (const id of content.identifiers) {
    const what = id.categories.flatMap((c) => wrap(font, straight(`${categoryWord(c)['zh-Hans']} ${categoryWord(c).fr}`), 9.5, cols.month - cols.what - 10));
    const rowHeight = Math.max(28, what.length * 13 + 6);
    if (y + rowHeight > bottom) {
      newPage();
      header();
    }
    const kind = KIND_WORDS[id.kind];
    text(kind['zh-Hans'], cols.kind, y, 11);
    text(kind.fr, cols.kind, y + 12, 8.5, MUTED);
    text(id.tail ? `…${id.tail}` : '—', cols.tail, y + 2, 14);
    what.forEach((line, i) => text(line, cols.what, y + i * 13, 9.5));
    const month = monthWords(id.month);
    text(month['zh-Hans'], cols.month, y, 10);
    text(month.fr, cols.month, y + 12, 8.5, MUTED);
    text(`${id.reports} 次 · ${id.reports} fois`, cols.count, y, 10);
    ops.push({ kind: 'rule', x: MARGIN, y: y + rowHeight - 12, width: inner, color: RULE });
    y += rowHeight;
  }

  // Footer and, for a test print, the stamp: on every page.
  pages.forEach((page, i) => {
    page.push({ kind: 'rule', x: MARGIN, y: height - 42, width: inner, color: RULE });
    page.push({ kind: 'text', text: `Lotus Bus · Médecins du Monde · ${date['zh-Hans']} · ${date.fr}`, x: MARGIN, y: height - 28, size: 8, color: MUTED });
    const number = `${i + 1} / ${pages.length}`;
    page.push({ kind: 'text', text: number, x: width - MARGIN - textWidth(font, number, 8), y: height - 28, size: 8, color: MUTED });
    if (options.test) page.push({ kind: 'text', text: TEST_STAMP, x: (width - textWidth(font, TEST_STAMP, 11)) / 2, y: 18, size: 11, color: STAMP });
  });
  return { width, height, pages };
}
