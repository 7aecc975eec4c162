import { memo, useEffect, useState } from 'react';
import type { ServiceDTO } from '@lotus/server/contract/directory';
import type { Messages } from '../../locales/types';
import { openNow } from '../../lib/openNow';
import { ServiceCard } from './ServiceCard';

/** Cards drawn in the first frame: a screenful and a little more. */
const FIRST_CARDS = 6;
/** Cards added per later frame, each batch a short task so a tap or a keystroke is never held up. */
const MORE_CARDS = 6;

/**
 * How many of `count` cards to draw: the first screenful at once, the rest a batch per frame after.
 * Starts again from the first screenful whenever the list itself changes (search, tag, open now).
 */
function useProgressive<T>(list: T[]): number {
  const [drawn, setDrawn] = useState({ list, n: FIRST_CARDS });
  const n = drawn.list === list ? drawn.n : FIRST_CARDS;
  useEffect(() => {
    if (n >= list.length) return;
    const timer = setTimeout(() => setDrawn({ list, n: n + MORE_CARDS }), 16);
    return () => clearTimeout(timer);
  }, [list, n]);
  return n;
}

/**
 * The city's cards, drawn a batch per frame. The batches live here, not in the page, so each one
 * redraws this list alone: Lighthouse showed every batch redrawing the whole page (search field, tag
 * row, picker) as one long task.
 */
export const ServiceList = memo(function ServiceList({ shown, city, t }: { shown: ServiceDTO[]; city: string; t: Messages }) {
  const drawn = useProgressive(shown);
  const now = new Date();
  return (
    <>
      {shown.slice(0, drawn).map((s) => (
        <ServiceCard key={s.id} service={s} city={city} open={openNow(s, now)} t={t} />
      ))}
    </>
  );
});
