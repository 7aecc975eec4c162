import { z } from 'zod';
import type { Hit } from './screener';

/**
 * Acknowledged warnings. A mediator accepts a warn-level word once, for one text, with a reason: in a
 * content file as front matter (or a top-level key of a YAML file)
 *
 *     screen:
 *       accept:
 *         - { word: 警察, reason: 讲权利的文章必须提到警察 }
 *         - 艾滋病            # a bare word is accepted too; git keeps who and why
 *
 * in a TypeScript file as a line comment `// screen: { accept: [Police] }`, and in the console, where each
 * acceptance is a line of the audit trail. Accepted hits stay visible but
 * no longer count. Block-level hits can never be accepted: they must change, or be published with the
 * logged override.
 */
export const AcceptEntrySchema = z.union([
  z.string().trim().min(1, 'is empty'),
  z.object({ word: z.string().trim().min(1, 'is empty'), reason: z.string().trim().min(1, 'is empty').max(500) }).strict(),
]);

export const ScreenSettingsSchema = z.object({ accept: z.array(AcceptEntrySchema).default([]) }).strict();
export type ScreenSettings = z.infer<typeof ScreenSettingsSchema>;

export interface Acceptance {
  /** The listed word (as in words.yaml) or the text as written. */
  word: string;
  reason?: string;
  by?: string;
  at?: string;
}

export interface AcceptedHit extends Hit {
  /** Set when a person accepted this warning for this text. */
  accepted?: Omit<Acceptance, 'word'>;
}

export function acceptancesOf(settings: ScreenSettings | undefined): Acceptance[] {
  return (settings?.accept ?? []).map((a) => (typeof a === 'string' ? { word: a } : a));
}

/**
 * Marks the warnings a person accepted: a warn hit whose listed word or written text is accepted, and any
 * warn hit lying inside an accepted one (sexe inside travailleuses du sexe).
 */
export function markAccepted(hits: Hit[], acceptances: Acceptance[]): AcceptedHit[] {
  if (acceptances.length === 0) return hits;
  const byWord = new Map(acceptances.map((a) => [a.word, a]));
  const out: AcceptedHit[] = hits.map((h) => {
    const a = h.level === 'warn' ? (byWord.get(h.word) ?? byWord.get(h.text)) : undefined;
    if (!a) return h;
    const { word: _word, ...why } = a;
    return { ...h, accepted: why };
  });
  return out.map((h) => {
    if (h.accepted || h.level !== 'warn') return h;
    const outer = out.find((o) => o.accepted && o.start <= h.start && o.end >= h.end);
    return outer ? { ...h, accepted: outer.accepted } : h;
  });
}

/** Accepted words no hit used: probably rewritten since, worth removing from the list. */
export function unusedAcceptances(hits: AcceptedHit[], acceptances: Acceptance[]): string[] {
  const used = new Set(hits.flatMap((h) => (h.accepted ? [h.word, h.text] : [])));
  return acceptances.map((a) => a.word).filter((w) => !used.has(w));
}
