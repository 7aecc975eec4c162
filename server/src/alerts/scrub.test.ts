import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storyWithIdentifiers, survivors, type Planted } from '../../test/planted';
import { normalizeIdentifier } from './normalize';
import { scrubDetails } from './scrub';

describe('scrubDetails, property-tested', () => {
  it('leaves no identifier of any accepted form in free text, whichever one was reported', () => {
    fc.assert(
      fc.property(storyWithIdentifiers, fc.nat(), ({ text, planted }, pick) => {
        // The reported one is what the API accepted: the first planted the normaliser takes, from a random start.
        const order = planted.map((_, i) => planted[(i + pick) % planted.length]);
        const accepted = order.map((p) => ({ p, id: accepted_(p) })).find((x) => x.id);
        const reported = accepted ? { value: accepted.p.written, ...accepted.id! } : { value: 'other@client.fr', ...normalizeIdentifier('email', 'other@client.fr') };
        const out = scrubDetails(text, reported);
        expect(survivors(out, planted)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps ordinary words, dates said in words and times', () => {
    const id = normalizeIdentifier('phone', '06 12 34 56 78');
    for (const t of ['rendez-vous le 12 mars à 21h30', '他说晚上九点在酒店见面', 'il a payé 150 euros puis est parti']) expect(scrubDetails(t, { value: '06 12 34 56 78', ...id })).toBe(t);
  });
});

function accepted_(p: Planted) {
  try {
    return normalizeIdentifier(p.kind, fullWidthBack(p.written).replace(/[,_/]/g, ' '));
  } catch {
    return null;
  }
}

function fullWidthBack(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
