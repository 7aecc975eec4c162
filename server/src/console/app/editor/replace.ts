import type { ScreenHit } from '../../../contract/admin';

/**
 * One-click replacement, kept free of the page (no DOM, no network) so it is tested on its own: which hits
 * may be replaced, what the text becomes, and whether the screened result may be kept.
 */

export type FieldName = 'title' | 'summary' | 'body';
export type Fields = Record<FieldName, string>;

/** A hit placed in the field it falls in, with offsets inside that field. */
export interface FieldHit extends ScreenHit {
  field: FieldName;
}

const ORDER: FieldName[] = ['title', 'summary', 'body'];

/**
 * A hit one click may replace: not one read across two words (阴性，交给 is not 性交; replacing it would
 * garble the sentence) and not one a mediator accepted.
 */
export function replaceable(hit: ScreenHit): boolean {
  return !hit.ambiguous && !hit.accepted && hit.suggest.length > 0;
}

/** Replaces hits in a field's text, last first so earlier offsets stay right; other hits are left alone. */
export function replaceHits(text: string, hits: FieldHit[], replacement: string): string {
  let out = text;
  for (const hit of [...hits].sort((a, b) => b.start - a.start)) {
    if (!replaceable(hit) || out.slice(hit.start, hit.end) !== hit.text) continue;
    out = out.slice(0, hit.start) + replacement + out.slice(hit.end);
  }
  return out;
}

export interface Change {
  field: FieldName;
  /** Where the replacement sits in the new text of the field. */
  start: number;
  end: number;
  /** A few characters on each side, for the before/after the mediator reads. */
  before: string;
  from: string;
  to: string;
  after: string;
}

const CONTEXT = 12;

/** The fields after replacing `hits` by `replacement`, and each change with its surroundings. */
export function planReplacement(fields: Fields, hits: FieldHit[], replacement: string): { next: Fields; changes: Change[] } {
  const next = { ...fields };
  const changes: Change[] = [];
  for (const field of ORDER) {
    const mine = hits.filter((x) => x.field === field && replaceable(x) && fields[field].slice(x.start, x.end) === x.text).sort((a, b) => a.start - b.start);
    let shift = 0;
    for (const hit of mine) {
      const text = fields[field];
      changes.push({
        field,
        start: hit.start + shift,
        end: hit.start + shift + replacement.length,
        before: text.slice(Math.max(0, hit.start - CONTEXT), hit.start),
        from: hit.text,
        to: replacement,
        after: text.slice(hit.end, hit.end + CONTEXT),
      });
      shift += replacement.length - (hit.end - hit.start);
    }
    next[field] = replaceHits(fields[field], mine, replacement);
  }
  return { next, changes };
}

/**
 * What the new text's screening says about the changes: hits the replacement itself created or touches
 * (a suggestion that is on the list, or that joins its neighbours into a listed word). Empty: keep it.
 */
export function problemsAfter(changes: Change[], hitsAfter: FieldHit[]): FieldHit[] {
  return hitsAfter.filter((h) => !h.accepted && changes.some((c) => c.field === h.field && h.start < c.end && h.end > c.start));
}
