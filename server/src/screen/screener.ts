import { ambiguity, type Ambiguity } from './ambiguity';
import { compile, type Compiled } from './compile';
import { foldTables, MARK } from './fold';
import { scan } from './scan';
import { BOTH, jiebaEdgeWords, jiebaSegmenter, type EdgeWords, type SegmenterChoice } from './segment';
import { foldLetters } from './walk';
import { describeAllow, describeWord, WordListError, type Level, type WordList } from './wordList';

export interface Hit {
  /** UTF-16 offsets into the original text: `text.slice(start, end)` is what to highlight. */
  start: number;
  end: number;
  /** The matched text as written (it may hold the noise, tags or entities the writer slipped in). */
  text: string;
  /** The listed form it matched. */
  word: string;
  category: string;
  level: Level;
  suggest: string[];
  /**
   * Set when a block-level word was found across two neighbouring words (女性|交流会, 阳性，交流): the hit
   * is then only a warning ("may be read as 性交"), and suggestions are never applied to it.
   */
  ambiguous?: Ambiguity;
}

export interface Change {
  start: number;
  end: number;
  from: string;
  to: string;
  word: string;
}

export interface Applied {
  text: string;
  /** What was replaced, with offsets into the text given. */
  changes: Change[];
  /** Block hits left in the new text: words without a suggestion, or words a replacement formed. */
  unresolved: Hit[];
}

export interface Screener {
  readonly list: WordList;
  /** Every listed word in `text`, overlapping hits included, sorted by start then longest first. */
  screen(text: string): Hit[];
  /** Replaces each block hit (leftmost-longest, non-overlapping) by its first suggestion. */
  applySuggestions(text: string): Applied;
  readonly stats: { words: number; allow: number; states: number; buildMs: number };
}

interface Span {
  pattern: number;
  start: number;
  end: number;
}

function spans(c: Compiled, text: string): { hits: Span[]; allowed: Span[] } {
  const raw: number[] = [];
  scan(c, text, raw);
  const hits: Span[] = [];
  const allowed: Span[] = [];
  for (let k = 0; k < raw.length; k += 3) {
    const span = { pattern: raw[k], start: raw[k + 1], end: raw[k + 2] };
    (c.patterns[span.pattern].allow ? allowed : hits).push(span);
  }
  return { hits, allowed };
}

/** Drops hits that lie inside an allow-listed phrase. */
function withoutAllowed(hits: Span[], allowed: Span[]): Span[] {
  if (allowed.length === 0) return hits;
  allowed.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let max = -1;
  for (const a of allowed) reach.push((max = Math.max(max, a.end)));
  return hits.filter((h) => {
    let lo = 0;
    let hi = allowed.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (allowed[mid].start <= h.start) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0 || reach[found] < h.end) return true;
    for (let k = found; k >= 0; k--) if (allowed[k].end >= h.end) return false;
    return true;
  });
}

type EdgeWord = EdgeWords | undefined;

/**
 * The cheap test that spares the segmenters most hits, valid only when jieba's reading must agree: could a
 * word of jieba's cover the hit's edge. Built on first use (~0.3 s).
 */
function edgeWordTest(list: WordList, segmenters: SegmenterChoice): () => EdgeWord {
  if (!segmenters.segmenters.includes(jiebaSegmenter)) return () => undefined;
  let test: EdgeWord;
  return () => {
    if (test) return test;
    const firsts = new Set<number>();
    const lasts = new Set<number>();
    for (const w of list.words) {
      const letters = foldLetters(w.word);
      if (letters.length < 2 || w.level !== 'block') continue;
      firsts.add(letters[0].cp);
      lasts.add(letters[letters.length - 1].cp);
    }
    test = jiebaEdgeWords(firsts, lasts);
    return test;
  };
}

function materialise(c: Compiled, text: string, spans: Span[], segmenters: SegmenterChoice, edgeWord: () => EdgeWord): Hit[] {
  const { kind } = foldTables();
  const hits = spans.map((s): Hit => {
    const entry = c.list.words[c.patterns[s.pattern].entry];
    let end = s.end;
    // A decomposed accent after the last letter belongs to the highlight (é written e + U+0301).
    while (end < text.length && kind[text.charCodeAt(end)] === MARK) end++;
    const why = entry.level === 'block' ? ambiguity(text, s.start, end, segmenters, edgeWord()) : undefined;
    if (why) return { start: s.start, end, text: text.slice(s.start, end), word: entry.word, category: entry.category, level: 'warn', suggest: entry.suggest, ambiguous: why };
    return {
      start: s.start,
      end,
      text: text.slice(s.start, end),
      word: entry.word,
      category: entry.category,
      level: entry.level,
      suggest: entry.suggest,
    };
  });
  return hits.sort((a, b) => a.start - b.start || b.end - a.end || a.word.localeCompare(b.word));
}

function applyWith(screen: (text: string) => Hit[], text: string): Applied {
  const blocks = screen(text).filter((h) => h.level === 'block');
  const changes: Change[] = [];
  let out = '';
  let at = 0;
  let covered = 0;
  for (const h of blocks) {
    // Sorted by start then longest first, so the first hit at each place is the leftmost-longest one;
    // a longer word without a suggestion still shadows the shorter ones inside it.
    if (h.start < covered) continue;
    covered = h.end;
    if (h.suggest.length === 0) continue;
    out += text.slice(at, h.start) + h.suggest[0];
    changes.push({ start: h.start, end: h.end, from: h.text, to: h.suggest[0], word: h.word });
    at = h.end;
  }
  out += text.slice(at);
  return { text: out, changes, unresolved: screen(out).filter((h) => h.level === 'block') };
}

/**
 * Checks that need the compiled list: allow phrases must allow something, and a suggestion must not be on
 * the list itself (at any level), or replacing a word would only trade one hit for another.
 */
function checkList(c: Compiled, screen: (text: string) => Hit[]): void {
  const { list } = c;
  list.allow.forEach((a, i) => {
    if (spans(c, a.phrase).hits.length === 0) {
      throw new WordListError(list.file, describeAllow(i, a.phrase), 'contains no listed word, so it allows nothing', a.line);
    }
  });
  list.words.forEach((w, i) => {
    for (const s of w.suggest) {
      const hit = screen(s)[0];
      if (hit) {
        throw new WordListError(list.file, describeWord(i, w.word), `suggestion "${s}" is itself on the list ("${hit.word}", ${hit.level})`, w.line);
      }
    }
  });
}

export interface ScreenerOptions {
  /** Which segmenters decide that a hit is two neighbouring words; both jieba and ICU by default. */
  segmenters?: SegmenterChoice;
}

export function buildScreener(list: WordList, { segmenters = BOTH }: ScreenerOptions = {}): Screener {
  const t0 = performance.now();
  const c = compile(list);
  const edgeWord = edgeWordTest(list, segmenters);
  const screen = (text: string): Hit[] => {
    const { hits, allowed } = spans(c, text);
    return materialise(c, text, withoutAllowed(hits, allowed), segmenters, edgeWord);
  };
  checkList(c, screen);
  const stats = { words: list.words.length, allow: list.allow.length, states: c.automaton.states, buildMs: performance.now() - t0 };
  return { list, screen, applySuggestions: (text) => applyWith(screen, text), stats };
}
