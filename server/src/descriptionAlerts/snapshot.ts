import { retentionCutoff } from '../alerts/retention';
import type { Db } from '../db/dataSource';
import { DescriptionAlert } from '../entities';
import { presentDescriptionAlert } from '../presenters/descriptionAlert';
import { keptPer } from '../snapshot/kept';
import { prepare, type Prepared } from '../snapshot/prepared';

const EMPTY = prepare({ data: [] });

/**
 * The approved description alerts, read once per change of the table (approve, edit, reject, purge:
 * the `descriptions` counter), and each city's answer made once with its ETag and compressed forms.
 * Expiry needs no write: the live alerts of a city are a prefix of its list (newest first), and the
 * answer is remade when that prefix gets shorter.
 */
export class DescriptionAlertsModel {
  private readonly answers = new Map<string, { live: number; prepared: Prepared }>();

  constructor(private readonly byCity: Map<string, DescriptionAlert[]>) {}

  static async load(db: Db): Promise<DescriptionAlertsModel> {
    const rows = await db.dataSource.getRepository(DescriptionAlert).find({ where: { status: 'approved' }, order: { createdAt: 'DESC', id: 'ASC' } });
    const byCity = new Map<string, DescriptionAlert[]>();
    for (const row of rows) byCity.set(row.city, [...(byCity.get(row.city) ?? []), row]);
    return new DescriptionAlertsModel(byCity);
  }

  /** `GET /api/description-alerts?city=`: newest first, none older than the reports' retention. */
  answer(city: string, now: Date, retentionMonths: number): Prepared {
    const rows = this.byCity.get(city);
    if (!rows) return EMPTY;
    const cutoff = retentionCutoff(now, retentionMonths).getTime();
    let live = 0;
    while (live < rows.length && rows[live].createdAt.getTime() > cutoff) live += 1;
    const kept = this.answers.get(city);
    if (kept?.live === live) return kept.prepared;
    const prepared = live === 0 ? EMPTY : prepare({ data: rows.slice(0, live).map(presentDescriptionAlert) });
    this.answers.set(city, { live, prepared });
    return prepared;
  }
}

export const descriptionAlertsSnapshot = keptPer('descriptions', DescriptionAlertsModel.load);
