import PgBoss from 'pg-boss';
import { JOBS_SCHEMA } from './queue';

/**
 * Splits SQL into statements at the semicolons outside quotes and dollar-quoted bodies: the embedded
 * database's driver runs one statement per call.
 */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'") {
      i = sql.indexOf("'", i + 1);
      if (i < 0) break;
      i++;
    } else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i))?.[0];
      if (!tag) {
        i++;
        continue;
      }
      const end = sql.indexOf(tag, i + tag.length);
      i = end < 0 ? sql.length : end + tag.length;
    } else if (c === ';') {
      out.push(sql.slice(start, i));
      start = ++i;
    } else i++;
  }
  out.push(sql.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/**
 * pg-boss's own tables at the version this pg-boss creates, as statements to run in a migration's
 * transaction (pg-boss wraps them in BEGIN/COMMIT itself; the migration is the transaction here).
 * A later pg-boss migrates its tables itself when the server starts (`migrate: true`).
 */
export function jobsSchemaStatements(): string[] {
  const statements = splitStatements(PgBoss.getConstructionPlans(JOBS_SCHEMA));
  if (statements[0] !== 'BEGIN' || statements[statements.length - 1] !== 'COMMIT') throw new Error('pg-boss changed the shape of its construction plans');
  return statements.slice(1, -1);
}
