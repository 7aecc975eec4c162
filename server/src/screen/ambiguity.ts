import { foldTables, HARD, LETTER, MARK } from './fold';
import { isClause } from './punctuation';
import { EDGE_WORD_MAX, type EdgeWords, type Segmenter, type SegmenterChoice } from './segment';
import { newUnit, readUnit, readUnitBefore } from './walk';

/** Why a hit of a block-level word is only a warning: it reads as two neighbouring words. */
export interface Ambiguity {
  /** The words the segmenters read where the hit is, in order: ["阴性", "交给"] for 阴性，交给. */
  words: string[];
  /** The clause punctuation the hit crossed (，、；…), when it crossed some. */
  punctuation?: string;
}

/** How many letters of context each side of the hit the segmenters read. */
const CONTEXT = 8;

const HAN = /^\p{Script=Han}$/u;

const GAP_EMPTY = 0;
const GAP_NOISE = 1;
const GAP_CLAUSE = 2;

/** The character the segmenters read: the simplified form, but 一 stays 一 (the matcher folds it to 1). */
function readable(text: string, start: number, end: number, cp: number): string {
  const folded = String.fromCodePoint(cp);
  const written = text.slice(start, end);
  return !HAN.test(folded) && HAN.test(written) ? written : folded;
}

interface Cell {
  ch: string;
  /** -1 left of the hit, 0 inside, 1 right of it; 2 for a clause mark (not a letter). */
  side: number;
}

/**
 * Letters of the hit and what separates them. A gap holding clause punctuation is GAP_CLAUSE even with
 * spaces beside it; a gap of other noise only is GAP_NOISE.
 */
function readHit(text: string, start: number, end: number): { letters: string[]; gaps: number[]; punctuation: string } | undefined {
  const u = newUnit();
  const letters: string[] = [];
  const gaps: number[] = [];
  let gap = GAP_EMPTY;
  let punctuation = '';
  for (let i = start; i < end; i = u.end) {
    readUnit(text, i, u);
    if (u.kind === LETTER) {
      const ch = readable(text, u.start, u.end, u.cp);
      if (!HAN.test(ch)) return undefined;
      if (letters.length > 0) gaps.push(gap);
      letters.push(ch);
      gap = GAP_EMPTY;
    } else if (u.kind !== MARK) {
      if (u.end - u.start === 1 && isClause(text.charCodeAt(u.start))) {
        gap = GAP_CLAUSE;
        punctuation ||= text[u.start];
      } else if (gap === GAP_EMPTY) gap = GAP_NOISE;
    }
  }
  return { letters, gaps, punctuation };
}

/** Up to CONTEXT letters on one side of the hit, nearest first; clause marks kept, noise dropped. */
function context(text: string, from: number, direction: -1 | 1): Cell[] {
  const u = newUnit();
  const cells: Cell[] = [];
  let letters = 0;
  let i = from;
  while (letters < CONTEXT && (direction < 0 ? i > 0 : i < text.length)) {
    if (direction < 0) readUnitBefore(text, i, u);
    else readUnit(text, i, u);
    if (u.kind === HARD) break;
    if (u.kind === LETTER) {
      cells.push({ ch: readable(text, u.start, u.end, u.cp), side: direction });
      letters++;
    } else if (u.end - u.start === 1 && isClause(text.charCodeAt(u.start))) {
      cells.push({ ch: '，', side: 2 });
    }
    i = direction < 0 ? u.start : u.end;
  }
  return cells;
}

/** The pieces of `cells` one segmenter reads, and whether one of them holds letters both in and out of the hit. */
function read(segment: Segmenter, cells: Cell[]): { straddles: boolean; words: string[] } | undefined {
  const text = cells.map((c) => c.ch).join('');
  const pieces = segment(text);
  if (pieces.join('') !== text) return undefined;
  let at = 0;
  let straddles = false;
  const words: string[] = [];
  for (const piece of pieces) {
    const mine: Cell[] = [];
    for (let n = 0; n < piece.length; ) {
      const cell = cells[at++];
      // A segmenter that cut inside one of our characters: no confident reading.
      if (!cell) return undefined;
      mine.push(cell);
      n += cell.ch.length;
      if (n > piece.length) return undefined;
    }
    const inside = mine.some((c) => c.side === 0);
    if (inside) words.push(piece);
    if (inside && mine.some((c) => c.side === -1 || c.side === 1)) straddles = true;
  }
  return { straddles, words };
}

/** A simplified Chinese code unit as the segmenters read it: 一 stays 一 though the matcher folds it to 1. */
function hanUnit(c: number): number {
  const f = foldTables().fold[c];
  return f >= 0x3400 && f <= 0x9fff ? f : c;
}

/**
 * The hot path for a hit written in one piece of plain characters (nearly all hits): it can be read across
 * only if a dictionary word covers one of its edges in the text as written. Anything else (punctuation or
 * markup inside, surrogates) goes to the full reading.
 */
function coveredAtEdges(text: string, start: number, end: number, edge: EdgeWords): boolean {
  const { kind } = foldTables();
  for (let i = start; i < end; i++) if (kind[text.charCodeAt(i)] !== LETTER) return true;
  const pairAt = (i: number) =>
    i > 0 && i < text.length && kind[text.charCodeAt(i - 1)] === LETTER && kind[text.charCodeAt(i)] === LETTER && edge.pairs.has(hanUnit(text.charCodeAt(i - 1)) * 65536 + hanUnit(text.charCodeAt(i)));
  if (!pairAt(start) && !pairAt(end)) return false;
  const from = Math.max(0, start - (EDGE_WORD_MAX - 1));
  const to = Math.min(text.length, end + (EDGE_WORD_MAX - 1));
  let lo = start;
  while (lo > from && kind[text.charCodeAt(lo - 1)] === LETTER) lo--;
  let hi = end;
  while (hi < to && kind[text.charCodeAt(hi)] === LETTER) hi++;
  if (lo === start && hi === end) return false;
  let window = '';
  for (let i = lo; i < hi; i++) window += String.fromCharCode(hanUnit(text.charCodeAt(i)));
  // A word holding the character before the hit and its first, or its last and the one after.
  for (const at of [start - lo, end - lo]) {
    if (at <= 0 || at >= window.length) continue;
    for (let a = Math.max(0, at - (EDGE_WORD_MAX - 1)); a < at; a++) {
      for (let b = at + 1; b <= Math.min(window.length, a + EDGE_WORD_MAX); b++) if (edge.words.has(window.slice(a, b))) return true;
    }
  }
  return false;
}

/**
 * Is this hit of a Chinese word really two neighbouring words (女性|交流会, 阳性，交流)? Only when the hit
 * is not a deliberate spreading (noise between every pair of its characters) and the segmenters read a
 * word that holds characters both inside and outside the hit (see SegmenterChoice for how many must).
 */
export function ambiguity(
  text: string,
  start: number,
  end: number,
  choice: SegmenterChoice,
  /** When given: jieba's words that may cover a hit's edge (jiebaEdgeWords), to skip the segmenters. */
  edgeWords?: EdgeWords,
): Ambiguity | undefined {
  const { segmenters } = choice;
  if (segmenters.length === 0) return undefined;
  if (edgeWords && !coveredAtEdges(text, start, end, edgeWords)) return undefined;
  const hit = readHit(text, start, end);
  if (!hit || hit.letters.length < 2) return undefined;
  // 安*全*套, 性 交: something between every pair and not all of it clause punctuation is an evasion.
  if (hit.gaps.every((g) => g !== GAP_EMPTY) && hit.gaps.some((g) => g === GAP_NOISE)) return undefined;
  const left = context(text, start, -1);
  const right = context(text, end, 1);
  const cells: Cell[] = [...left.reverse()];
  hit.letters.forEach((ch, k) => {
    if (k > 0 && hit.gaps[k - 1] === GAP_CLAUSE) cells.push({ ch: '，', side: 2 });
    cells.push({ ch, side: 0 });
  });
  cells.push(...right);
  const readings = segmenters.map((segment) => read(segment, cells));
  const straddling = readings.filter((r) => r?.straddles);
  const enough = hit.punctuation && !choice.strict ? straddling.length > 0 : straddling.length === readings.length;
  if (!enough) return undefined;
  return { words: straddling[0]!.words.filter((w) => w !== '，'), ...(hit.punctuation ? { punctuation: hit.punctuation } : {}) };
}
