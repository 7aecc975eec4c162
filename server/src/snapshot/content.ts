import type { ArticleCategory } from '../contract/vocab';
import type { ServiceDTO } from '../contract/directory';
import { fallbackOrder, type Lang } from '../contract/lang';
import { localTime } from '../contract/hours';
import { pickTranslations } from '../presenters/translations';
import type { Db } from '../db/dataSource';
import { Article, City, Service, Update } from '../entities';
import { presentArticle, presentArticleSummary } from '../presenters/article';
import { presentCity } from '../presenters/city';
import { openAt, presentService } from '../presenters/service';
import { presentUpdate } from '../presenters/update';
import { prepare, type Prepared } from './prepared';
import { keptPer } from './kept';

/** Updates are dated in the programme's own calendar. */
const PROGRAMME_ZONE = 'Europe/Paris';
const MINUTE_MS = 60_000;

/**
 * One city's services in one language. Hours are minutes, and summer time starts on a whole hour, so
 * openNow cannot change within a minute: the answer is kept per minute, and remade only when one of
 * its openNow values actually flips (a few times a day), not every minute.
 */
interface ServicesEntry {
  services: Service[];
  dtos: ServiceDTO[];
  minute: number;
  open: string;
  prepared: Prepared | null;
}

/**
 * Everything the public read routes answer, read from the database once per content change, and the
 * answers made from it on first request, each kept with its compressed forms and ETag until the next change.
 */
export class ContentModel {
  private readonly cities = new Map<Lang, Prepared>();
  private readonly services = new Map<string, ServicesEntry>();
  private readonly articleLists = new Map<string, Prepared>();
  private readonly articleBodies = new Map<string, Prepared | null>();
  private updates = new Map<string, Prepared>();
  private updatesDay = '';

  constructor(
    readonly citySlugs: Set<string>,
    private readonly cityRows: City[],
    private readonly counts: Map<string, number>,
    private readonly servicesByCity: Map<string, Service[]>,
    private readonly articleRows: Article[],
    private readonly updateRows: Update[],
  ) {}

  static async load(db: Db): Promise<ContentModel> {
    const ds = db.dataSource;
    // One at a time: the embedded database has a single connection anyway.
    const cities = await ds.getRepository(City).find({ order: { slug: 'ASC' } });
    const services = await ds
      .getRepository(Service)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.organization', 'o')
      .leftJoinAndSelect('s.locations', 'l')
      .orderBy('s.city', 'ASC')
      .addOrderBy('s.position', 'ASC')
      .addOrderBy('l.position', 'ASC')
      .getMany();
    const articles = await ds.getRepository(Article).find({ where: { listed: true }, order: { updated: 'DESC', slug: 'ASC' } });
    const updates = await ds.getRepository(Update).createQueryBuilder('u').orderBy('u.published_on', 'DESC').addOrderBy('u.key', 'ASC').getMany();
    const byCity = new Map<string, Service[]>();
    for (const s of services) byCity.set(s.city, [...(byCity.get(s.city) ?? []), s]);
    const counts = new Map([...byCity].map(([city, list]) => [city, list.length]));
    return new ContentModel(new Set(cities.map((c) => c.slug)), cities, counts, byCity, articles, updates);
  }

  citiesAnswer(lang: Lang): Prepared {
    let p = this.cities.get(lang);
    if (!p) {
      p = prepare({ data: this.cityRows.map((c) => presentCity(c, lang, this.counts.get(c.slug) ?? 0)) });
      this.cities.set(lang, p);
    }
    return p;
  }

  /** The city's services with openNow as of `now`; the city must exist (see citySlugs). */
  servicesNow(city: string, lang: Lang, now: Date): ServicesEntry {
    const key = `${city}|${lang}`;
    const minute = Math.floor(now.getTime() / MINUTE_MS);
    let entry = this.services.get(key);
    if (!entry) {
      const services = this.servicesByCity.get(city) ?? [];
      entry = { services, dtos: services.map((s) => presentService(s, lang, now)), minute: -1, open: '', prepared: null };
      this.services.set(key, entry);
    }
    if (entry.minute !== minute) {
      const at = new Date(minute * MINUTE_MS);
      const flags = entry.services.map((s) => openAt(s, at));
      const open = flags.map((f) => (f ? '1' : '0')).join('');
      if (open !== entry.open) {
        entry.dtos = entry.dtos.map((d, i) => (d.openNow === flags[i] ? d : { ...d, openNow: flags[i] }));
        entry.open = open;
        entry.prepared = null;
      }
      entry.minute = minute;
    }
    return entry;
  }

  servicesAnswer(city: string, lang: Lang, now: Date): Prepared {
    const entry = this.servicesNow(city, lang, now);
    entry.prepared ??= prepare({ data: entry.dtos });
    return entry.prepared;
  }

  articleList(lang: Lang, category: ArticleCategory | undefined): Prepared {
    const key = `${lang}|${category ?? ''}`;
    let p = this.articleLists.get(key);
    if (!p) {
      const langs = fallbackOrder(lang);
      const rows = this.articleRows.filter((a) => langs.includes(a.lang) && (!category || a.category === category));
      p = prepare({ data: pickTranslations(rows, (a) => a.slug, lang).map((a) => presentArticleSummary(a, lang)) });
      this.articleLists.set(key, p);
    }
    return p;
  }

  /** Null when there is no such listed article. Only existing slugs are kept, so the map stays bounded. */
  article(slug: string, lang: Lang): Prepared | null {
    const key = `${slug}|${lang}`;
    const known = this.articleBodies.get(key);
    if (known !== undefined) return known;
    const langs = fallbackOrder(lang);
    const [found] = pickTranslations(this.articleRows.filter((a) => a.slug === slug && langs.includes(a.lang)), (a) => a.slug, lang);
    if (!found) return null;
    const p = prepare({ data: presentArticle(found, lang) });
    this.articleBodies.set(key, p);
    return p;
  }

  /** Updates live today (Paris date), for everyone and for `city` when given. */
  updatesAnswer(lang: Lang, city: string | undefined, now: Date): Prepared {
    const today = localTime(now, PROGRAMME_ZONE).date;
    if (today !== this.updatesDay) {
      this.updates = new Map();
      this.updatesDay = today;
    }
    // A city outside the directory has no updates of its own: one shared answer, not one per name tried.
    const cityKey = city === undefined ? '*' : this.citySlugs.has(city) ? city : '?';
    const key = `${lang}|${cityKey}`;
    let p = this.updates.get(key);
    if (!p) {
      const langs = fallbackOrder(lang);
      const rows = this.updateRows.filter(
        (u) =>
          langs.includes(u.lang) &&
          u.publishedOn <= today &&
          (u.expiresOn === null || u.expiresOn >= today) &&
          (city === undefined || u.city === null || u.city === city),
      );
      p = prepare({ data: pickTranslations(rows, (u) => u.key, lang).map((u) => presentUpdate(u, lang)) });
      this.updates.set(key, p);
    }
    return p;
  }
}

/** The public content of one database, rebuilt after each change. */
export const contentSnapshot = keptPer('content', (db) => ContentModel.load(db));
