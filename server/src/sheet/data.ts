import { In, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { monthsBefore, parisMonth } from '../alerts/retention';
import type { IdentifierKind } from '../contract/alerts';
import { scrubDescription } from '../descriptionAlerts/scrub';
import { withoutTraces } from '../digest/compose';
import type { Bilingual } from '../digest/words';
import { City, DescriptionAlert, Report } from '../entities';
import { NotFoundError } from '../errors';
import { identifierTail } from './tail';

/** A sheet lists what was reported in this month and the two before: what a tour needs to know now. */
export const SHEET_MONTHS = 3;

export interface SheetDescription {
  level: string;
  area: string | null;
  month: string;
  categories: string[];
  text: string;
}

/** One reported identifier (its reports grouped): never more of it than its last characters. */
export interface SheetIdentifier {
  kind: IdentifierKind;
  tail: string | null;
  categories: string[];
  /** The latest month it was reported for, YYYY-MM. */
  month: string;
  reports: number;
}

export interface SheetContent {
  city: Bilingual;
  /** Printed on the sheet: when it was made. */
  at: Date;
  months: number;
  descriptions: SheetDescription[];
  identifiers: SheetIdentifier[];
}

/**
 * What goes on a city's sheet: approved description alerts and approved reports of the last
 * SHEET_MONTHS months, newest first. Reports come out as kind, categories, month and the tail that
 * `masked` kept; hashes, masked forms and moderators' details stay in the database.
 */
export async function sheetContent(m: EntityManager, citySlug: string, at: Date): Promise<SheetContent> {
  const city = await m.findOne(City, { where: { slug: citySlug } });
  if (!city) throw NotFoundError(`There is no city "${citySlug}" in the directory`, { code: 'city_not_found', field: 'city' });
  const since = monthsBefore(parisMonth(at), SHEET_MONTHS - 1);

  const described = await m.find(DescriptionAlert, { where: { city: citySlug, status: 'approved', month: MoreThanOrEqual(since) }, order: { month: 'DESC', decidedAt: 'DESC', id: 'ASC' } });
  const reports = await m.find(Report, {
    select: { identifierHash: true, kind: true, masked: true, categories: true, month: true },
    where: { city: citySlug, status: In(['approved']), month: MoreThanOrEqual(since) },
    order: { month: 'DESC', createdAt: 'DESC' },
  });

  const byIdentifier = new Map<string, SheetIdentifier>();
  for (const r of reports) {
    const seen = byIdentifier.get(r.identifierHash);
    if (seen) {
      seen.reports += 1;
      for (const c of r.categories) if (!seen.categories.includes(c)) seen.categories.push(c);
      continue;
    }
    byIdentifier.set(r.identifierHash, { kind: r.kind, tail: identifierTail(r.masked), categories: [...r.categories], month: r.month, reports: 1 });
  }
  return {
    city: { 'zh-Hans': city.name['zh-Hans'], fr: city.name.fr ?? city.name['zh-Hans'] },
    at,
    months: SHEET_MONTHS,
    descriptions: described.map((d) => ({
      level: d.level ?? 'information',
      area: d.area ? withoutTraces(scrubDescription(d.area)) : null,
      month: d.month,
      categories: d.categories,
      text: withoutTraces(scrubDescription(d.text)),
    })),
    identifiers: [...byIdentifier.values()],
  };
}
