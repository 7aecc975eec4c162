import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { IdentifierKind, ReportCategory, ReportLevel, ReportStatus } from '../contract/alerts';
import type { DescriptionLevel, DescriptionStatus } from '../contract/descriptionAlerts';
import { City, DescriptionAlert, Report } from '../entities';
import { normalizeIdentifier } from '../alerts/normalize';

/** Paris, Lyon and Marseille, as the directory names them. Used by tests only. */
export async function seedCities(m: EntityManager): Promise<void> {
  await m.insert(City, [
    { slug: 'paris', name: { 'zh-Hans': '巴黎', fr: 'Paris' }, timezone: 'Europe/Paris', contentHash: 'x' },
    { slug: 'lyon', name: { 'zh-Hans': '里昂', fr: 'Lyon' }, timezone: 'Europe/Paris', contentHash: 'x' },
    { slug: 'marseille', name: { 'zh-Hans': '马赛', fr: 'Marseille' }, timezone: 'Europe/Paris', contentHash: 'x' },
  ]);
}

export interface SeedReport {
  kind?: IdentifierKind;
  value?: string;
  categories: ReportCategory[];
  level: ReportLevel;
  city: string | null;
  month?: string;
  status?: ReportStatus;
  decidedAt?: Date | null;
  createdAt?: Date;
}

/** A report stored as reportCreate stores it: the normaliser's real `masked`, hashes that only group equal identifiers. */
export async function seedReport(m: EntityManager, r: SeedReport): Promise<Report> {
  const kind = r.kind ?? 'phone';
  const id = normalizeIdentifier(kind, r.value ?? '06 12 34 56 78');
  const decidedAt = r.decidedAt === undefined ? new Date('2026-11-25T10:00:00Z') : r.decidedAt;
  return m.save(
    m.create(Report, {
      referenceHash: randomBytes(16).toString('hex'),
      kind,
      // Unkeyed, tests only: the same identifier gets the same hash, as with the real key.
      identifierHash: createHash('sha256').update(id.normalized).digest('hex'),
      masked: id.masked,
      deviceHash: randomBytes(16).toString('hex'),
      categories: r.categories,
      level: r.level,
      city: r.city,
      month: r.month ?? '2026-11',
      details: null,
      screenHits: null,
      status: r.status ?? 'approved',
      createdAt: r.createdAt ?? new Date('2026-11-24T10:00:00Z'),
      decidedAt,
    }),
  );
}

export interface SeedDescription {
  city: string;
  area?: string | null;
  month?: string;
  categories: ReportCategory[];
  level: DescriptionLevel | null;
  text: string;
  status?: DescriptionStatus;
  decidedAt?: Date | null;
}

/** A description alert as moderation leaves it (the text is stored as given: tests plant what must not get out). */
export async function seedDescription(m: EntityManager, d: SeedDescription): Promise<DescriptionAlert> {
  return m.save(
    m.create(DescriptionAlert, {
      city: d.city,
      area: d.area ?? null,
      month: d.month ?? '2026-11',
      categories: d.categories,
      text: d.text,
      screenHits: null,
      level: d.level,
      status: d.status ?? 'approved',
      createdAt: new Date('2026-11-20T10:00:00Z'),
      decidedAt: d.decidedAt === undefined ? new Date('2026-11-25T10:00:00Z') : d.decidedAt,
    }),
  );
}
