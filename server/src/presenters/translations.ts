import { fallbackOrder, type Lang } from '../contract/lang';

/**
 * From rows holding one text per (key, lang), keeps one row per key: the asked language when it
 * exists, else the next in its fallback order. Input order is kept.
 */
export function pickTranslations<T extends { lang: Lang }>(rows: T[], keyOf: (row: T) => string, lang: Lang): T[] {
  const order = fallbackOrder(lang);
  const rank = (row: T) => {
    const i = order.indexOf(row.lang);
    return i === -1 ? order.length : i;
  };
  const best = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const current = best.get(key);
    if (!current || rank(row) < rank(current)) best.set(key, row);
  }
  const kept = new Set(best.values());
  return rows.filter((r) => kept.has(r));
}
