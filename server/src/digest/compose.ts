import type { DigestCounts, DigestTally } from '../contract/digest';
import type { Week } from './week';
import { categoryWord, CHECK_IN_MINIPROGRAM, levelWord, monthWords, type Bilingual } from './words';

/** One moderated description alert, as the digest gives it: no identifier was ever part of it. */
export interface DigestDescription {
  area: string | null;
  month: string;
  categories: string[];
  level: string;
  text: string;
}

export interface DigestSource {
  city: Bilingual;
  week: Week;
  counts: DigestCounts;
  descriptions: DigestDescription[];
}

/** Counts rows by category (a report with two categories counts in both) and by level. */
export function tally(rows: Array<{ categories: string[]; level: string | null }>): DigestTally {
  const out: DigestTally = { total: rows.length, byCategory: {}, byLevel: {} };
  for (const row of rows) {
    for (const c of row.categories) out.byCategory[c] = (out.byCategory[c] ?? 0) + 1;
    if (row.level) out.byLevel[row.level] = (out.byLevel[row.level] ?? 0) + 1;
  }
  return out;
}

const short = (day: string) => `${Number(day.slice(5, 7))}.${Number(day.slice(8, 10))}`;
const FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const frDay = (day: string) => `${Number(day.slice(8, 10))} ${FR_MONTHS[Number(day.slice(5, 7)) - 1]}`;
const zhDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** Fits WeChat's 32 characters with any city name of the directory. */
export function digestTitle(city: Bilingual, week: Week): string {
  return `${city['zh-Hans']}本周提醒 ${short(week.start)}–${short(week.end)}`;
}

function tallyLines(t: DigestTally): string[] {
  const lines = Object.entries(t.byCategory)
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `- ${categoryWord(c)['zh-Hans']} ${categoryWord(c).fr}：${n}`);
  const levels = Object.entries(t.byLevel).map(([l, n]) => `${levelWord(l).icon} ${levelWord(l)['zh-Hans']} ${levelWord(l).fr} ${n}`);
  if (levels.length) lines.push('', `程度 · Niveau：${levels.join(' · ')}`);
  return lines;
}

/**
 * What scrubbing leaves of an identifier (`+33 6 •• •• •• 32`, `ab••••yz`) still shows a few of its
 * characters; a digest or a sheet shows none: every run holding a bullet becomes three bullets.
 */
export function withoutTraces(text: string): string {
  return text.replace(/\+?[\d•](?:[\d•\s.\-]*[\d•])?/g, (run) => (run.includes('•') ? '•••' : run)).replace(/[A-Za-z0-9_•]+(?:[-.][A-Za-z0-9_•]+)*/g, (run) => (run.includes('•') ? '•••' : run));
}

/** Markdown keeps no raw HTML (markdown-it html: false); this stops a line from becoming a heading or list, and keeps her line breaks. */
const plain = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/^\s*([#>*+-])/gm, '\\$1')
    .replace(/^\s*(\d+)([.)])/gm, '$1\\$2')
    .replace(/\n+/g, '\n\n');

/**
 * The digest as the mediator will edit it: Chinese first, French beside it, figures for identifier
 * reports (never an identifier, not even masked), description alerts in full, the pointer to the
 * mini-program for a full check.
 */
export function composeDigest(src: DigestSource): { title: string; markdown: string } {
  const { week, counts } = src;
  const total = counts.reports.total + counts.descriptions.total;
  const out: string[] = [
    `本周（${zhDay(week.start)}—${zhDay(week.end)}）${src.city['zh-Hans']}有 **${total}** 条新的提醒。`,
    '',
    `Cette semaine (du ${frDay(week.start)} au ${frDay(week.end)}), **${total}** nouvelle${total > 1 ? 's' : ''} alerte${total > 1 ? 's' : ''} à ${src.city.fr}.`,
  ];
  if (counts.reports.total > 0) {
    out.push('', '## 号码提醒 · Alertes sur un numéro', '', `共 ${counts.reports.total} 条 · ${counts.reports.total} au total`, '', ...tallyLines(counts.reports));
  }
  if (src.descriptions.length > 0) {
    out.push('', '## 描述提醒 · Alertes par description');
    for (const d of src.descriptions) {
      const level = levelWord(d.level);
      const month = monthWords(d.month);
      const where = d.area ? ` · ${plain(d.area)}` : '';
      out.push(
        '',
        `### ${level.icon} ${level['zh-Hans']} ${level.fr}${where} · ${month['zh-Hans']}`,
        '',
        d.categories.map((c) => `${categoryWord(c)['zh-Hans']} ${categoryWord(c).fr}`).join(' · '),
        '',
        plain(d.text),
      );
    }
  }
  out.push('', '---', '', `${CHECK_IN_MINIPROGRAM['zh-Hans']}。`, '', `${CHECK_IN_MINIPROGRAM.fr}.`);
  return { title: digestTitle(src.city, week), markdown: out.join('\n') };
}
