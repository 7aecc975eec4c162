import { FIRST_LETTER, S_MARK, S_NOISE, S_RESET, type Compiled } from './compile';
import { acceptLatin } from './latin';
import { HARD, LETTER, MARK, NOISE, SPACE } from './fold';
import { newUnit, readUnit } from './walk';

/** At most this many noise characters may sit between two letters of a word. */
export const MAX_NOISE = 3;

/**
 * One pass over the original text: each code unit goes through the list's symbol table; letters step the
 * automaton, noise is skipped (a run longer than MAX_NOISE, a sentence end or a line break restarts it),
 * and the rare cases (`.`, tags, entities, surrogate pairs) go through readUnit(). Two ring buffers remember
 * where each of the last letters started and ended in the original, so a match maps back exactly.
 *
 * Appends (pattern, start, end) triples to `out`, overlapping matches included, allow-list ones too.
 */
export function scan(c: Compiled, text: string, out: number[]): void {
  const { sym, astralSym, ringMask, patternLength, patternLatin, patterns } = c;
  const { base, check, fail, outStart, outCount, outList } = c.automaton;
  const starts = new Int32Array(ringMask + 1);
  const ends = new Int32Array(ringMask + 1);
  const u = newUnit();
  const n = text.length;
  let state = 0;
  let noise = 0;
  let pos = 0;
  let i = 0;
  while (i < n) {
    let s = sym[text.charCodeAt(i)];
    let end = i + 1;
    if (s < FIRST_LETTER) {
      if (s === S_NOISE) {
        if (++noise > MAX_NOISE) state = 0;
        i = end;
        continue;
      }
      if (s === S_RESET) {
        state = 0;
        noise = 0;
        i = end;
        continue;
      }
      if (s === S_MARK) {
        i = end;
        continue;
      }
      readUnit(text, i, u);
      end = u.end;
      const kind = u.kind;
      if (kind === LETTER) {
        s = u.cp < 0x10000 ? sym[u.cp] : (astralSym.get(u.cp) ?? S_RESET);
        if (s < FIRST_LETTER) {
          state = 0;
          noise = 0;
          i = end;
          continue;
        }
      } else {
        if (kind === NOISE || kind === SPACE) {
          if (++noise > MAX_NOISE) state = 0;
        } else if (kind === HARD) {
          state = 0;
          noise = 0;
        } else if (kind !== MARK) {
          state = 0;
        }
        i = end;
        continue;
      }
    }
    noise = 0;
    pos++;
    const slot = pos & ringMask;
    starts[slot] = i;
    ends[slot] = end;
    for (;;) {
      const t = base[state] + s;
      if (check[t] === state) {
        state = t;
        break;
      }
      if (state === 0) break;
      state = fail[state];
    }
    const count = outCount[state];
    if (count !== 0) {
      for (let k = outStart[state], last = k + count; k < last; k++) {
        const p = outList[k];
        const first = pos - patternLength[p] + 1;
        if (patternLatin[p] === 1 && !acceptLatin(text, patterns[p], starts, ends, first, ringMask)) continue;
        out.push(p, starts[first & ringMask], end);
      }
    }
    i = end;
  }
}
