import type { CityDTO } from '@lotus/server/contract/directory';
import type { Lang } from '@lotus/server/contract/lang';

/** Paris has the most services and most of the readers: first. */
const FIRST = 'paris';

/** Paris first, then the others alphabetically as the reader says their names (pinyin order in Chinese). */
export function orderCities(cities: CityDTO[], lang: Lang): CityDTO[] {
  const locale = lang === 'zh-Hans' ? 'zh-Hans-CN-u-co-pinyin' : lang;
  let compare: (a: string, b: string) => number;
  try {
    compare = new Intl.Collator(locale).compare;
  } catch {
    compare = (a, b) => a.localeCompare(b);
  }
  return [...cities].sort((a, b) => (a.slug === FIRST ? -1 : b.slug === FIRST ? 1 : compare(a.name, b.name)));
}
