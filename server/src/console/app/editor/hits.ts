import type { ScreenHit, ScreenTarget } from '../../../contract/admin';
import { ADMIN_ROUTES } from '../../../contract/adminRoutes';
import { call } from '../api';

import type { FieldHit, FieldName, Fields } from './replace';

export type { ScreenHit, ScreenTarget };
export type { Change, FieldHit, FieldName, Fields } from './replace';
export { planReplacement, problemsAfter, replaceable, replaceHits } from './replace';

const ORDER: FieldName[] = ['title', 'summary', 'body'];

/**
 * Screens the three fields in one call (one text, as the server screens it before publishing) and
 * hands each hit back to its own field. With a target, warnings accepted for that text come back marked.
 */
export async function screenFields(fields: Fields, target?: ScreenTarget | null): Promise<FieldHit[]> {
  const text = ORDER.map((f) => fields[f]).join('\n');
  const { data: hits } = await call(ADMIN_ROUTES.screen, {}, target ? { text, target } : { text });
  const out: FieldHit[] = [];
  let offset = 0;
  for (const field of ORDER) {
    const end = offset + fields[field].length;
    for (const hit of hits) {
      if (hit.start >= offset && hit.end <= end) out.push({ ...hit, field, start: hit.start - offset, end: hit.end - offset });
    }
    offset = end + 1;
  }
  return out;
}
