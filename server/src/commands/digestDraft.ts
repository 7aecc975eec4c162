import path from 'node:path';
import { Between, In, type EntityManager } from 'typeorm';
import { recordAudit, type Actor } from '../auth/audit';
import { City, DescriptionAlert, Digest, Report } from '../entities';
import { scrubDescription } from '../descriptionAlerts/scrub';
import { NotFoundError } from '../errors';
import { composeDigest, tally, withoutTraces, type DigestDescription } from '../digest/compose';
import { inWeek, previousWeek, queryWindow, weekOf, type Week } from '../digest/week';
import { getScreener } from '../screen';

interface Props {
  /** The caller's transaction: every digest of the run and its audit line are written together. */
  m: EntityManager;
  now: Date;
  /** Where words.yaml is (config CONTENT_DIR): the draft is screened as the mediator will see it. */
  contentDir: string;
  /** One city of the directory; every city when absent. */
  city?: string;
  /** Any day (YYYY-MM-DD) of the week to draft; the last full week before `now` when absent. */
  day?: string;
  /** Null for the weekly job. */
  actor: Actor | null;
}

export interface DigestDraftResult {
  week: Week;
  /** Created, or remade because nobody had touched them yet. */
  drafted: Digest[];
  /** Cities with nothing new that week: no digest. */
  quiet: string[];
  /** Digests a mediator already edited, approved or published: left as they are. */
  kept: Digest[];
}

/** Approved during the week (Paris days): what "new" means for followers. */
async function newReports(m: EntityManager, city: string, week: Week): Promise<Array<Pick<Report, 'categories' | 'level'>>> {
  const { from, to } = queryWindow(week);
  const rows = await m.find(Report, {
    select: { categories: true, level: true, decidedAt: true },
    where: { city, status: 'approved', decidedAt: Between(from, to) },
  });
  return rows.filter((r) => r.decidedAt && inWeek(r.decidedAt, week));
}

/**
 * Moderated description alerts approved (or re-edited) during the week, oldest first, in full: they are
 * public in the mini-program already. Scrubbed once more, as every time their text is shown.
 */
async function newDescriptions(m: EntityManager, city: string, week: Week): Promise<DigestDescription[]> {
  const { from, to } = queryWindow(week);
  const rows = await m.find(DescriptionAlert, { where: { city, status: 'approved', decidedAt: Between(from, to) }, order: { decidedAt: 'ASC', id: 'ASC' } });
  return rows
    .filter((d) => d.decidedAt && inWeek(d.decidedAt, week))
    .map((d) => ({ area: d.area ? withoutTraces(scrubDescription(d.area)) : null, month: d.month, categories: d.categories, level: d.level ?? 'information', text: withoutTraces(scrubDescription(d.text)) }));
}

const untouched = (d: Digest) => d.status === 'draft' && d.wechat.status === null && d.updatedAt.getTime() === d.createdAt.getTime();

/**
 * Drafts the weekly digest of each city that had new approved alerts: figures for identifier reports
 * (no identifier, not even masked), moderated description alerts in full, screened. Run by the weekly
 * job and by a mediator from the console; running it again refreshes drafts nobody has touched.
 */
export default async function digestDraft({ m, now, contentDir, city, day, actor }: Props): Promise<DigestDraftResult> {
  const week = day ? weekOf(day) : previousWeek(now);
  const cities = await m.find(City, { where: city ? { slug: city } : {}, order: { slug: 'ASC' } });
  if (city && cities.length === 0) throw NotFoundError(`There is no city "${city}" in the directory`, { code: 'city_not_found', field: 'city' });
  const existing = await m.find(Digest, { where: { weekStart: week.start, city: In(cities.map((c) => c.slug)) } });
  const screener = getScreener(path.join(contentDir, 'words.yaml'));
  const result: DigestDraftResult = { week, drafted: [], quiet: [], kept: [] };

  for (const c of cities) {
    const reports = await newReports(m, c.slug, week);
    const descriptions = await newDescriptions(m, c.slug, week);
    const found = existing.find((d) => d.city === c.slug);
    if (found && !untouched(found)) {
      result.kept.push(found);
      continue;
    }
    if (reports.length + descriptions.length === 0) {
      if (found) await m.delete(Digest, { id: found.id });
      result.quiet.push(c.slug);
      continue;
    }
    const counts = { reports: tally(reports), descriptions: tally(descriptions) };
    const { title, markdown } = composeDigest({ city: { 'zh-Hans': c.name['zh-Hans'], fr: c.name.fr ?? c.name['zh-Hans'] }, week, counts, descriptions });
    const screenHits = screener.screen(`${title}\n${markdown}`).length;
    const fields = { title, markdown, counts, screenHits, createdAt: now, updatedAt: now };
    let saved: Digest;
    if (found) {
      await m.update(Digest, { id: found.id }, fields);
      saved = await m.findOneOrFail(Digest, { where: { id: found.id } });
    } else {
      saved = await m.save(m.create(Digest, { ...fields, city: c.slug, weekStart: week.start, status: 'draft', wechat: { status: null, url: null, mediaId: null, error: null } }));
    }
    result.drafted.push(saved);
  }
  await recordAudit(m, actor, now, {
    action: 'digest.draft',
    detail: { week: week.start, drafted: result.drafted.map((d) => d.city).join(',') || null, via: actor ? 'console' : 'job' },
  });
  return result;
}
