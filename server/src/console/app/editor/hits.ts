import type { ScreenHit } from '../../../routes/admin/screen/screener';
import { api } from '../api';

export type { ScreenHit };
export type FieldName = 'title' | 'summary' | 'body';

/** A hit placed in the field it falls in, with offsets inside that field. */
export interface FieldHit extends ScreenHit {
  field: FieldName;
}

/**
 * Screens the three fields in one call (one text, as the server screens it before publishing) and
 * hands each hit back to its own field.
 */
export async function screenFields(fields: Record<FieldName, string>): Promise<FieldHit[]> {
  const order: FieldName[] = ['title', 'summary', 'body'];
  const text = order.map((f) => fields[f]).join('\n');
  const { hits } = await api<{ hits: ScreenHit[] }>('POST', '/api/admin/screen', { text });
  const out: FieldHit[] = [];
  let offset = 0;
  for (const field of order) {
    const end = offset + fields[field].length;
    for (const hit of hits) {
      if (hit.start >= offset && hit.end <= end) out.push({ ...hit, field, start: hit.start - offset, end: hit.end - offset });
    }
    offset = end + 1;
  }
  return out;
}

/** Replaces hits in a field's text, last first so earlier offsets stay right. */
export function replaceHits(text: string, hits: FieldHit[], replacement: string): string {
  let out = text;
  for (const hit of [...hits].sort((a, b) => b.start - a.start)) {
    if (out.slice(hit.start, hit.end) !== hit.text) continue;
    out = out.slice(0, hit.start) + replacement + out.slice(hit.end);
  }
  return out;
}
