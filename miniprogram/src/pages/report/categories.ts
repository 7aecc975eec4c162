import type { ReportCategory } from '@lotus/server/contract/alerts';
import { REPORT_CATEGORIES } from '../../icons';

/** Taps a category on or off; the list stays in the catalogue's order, each category once. */
export function toggleCategory(chosen: readonly ReportCategory[], tapped: ReportCategory): ReportCategory[] {
  const on = chosen.includes(tapped);
  return REPORT_CATEGORIES.filter((c) => (c === tapped ? !on : chosen.includes(c)));
}
