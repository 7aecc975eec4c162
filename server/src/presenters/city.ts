import type { CityDTO } from '../contract/directory';
import { pick, type Lang } from '../contract/lang';
import type { City } from '../entities';

export function presentCity(c: City, lang: Lang, serviceCount: number): CityDTO {
  return { slug: c.slug, name: pick(c.name, lang), timezone: c.timezone, serviceCount };
}
