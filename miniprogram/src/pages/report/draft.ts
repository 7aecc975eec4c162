import type { IdentifierKind, ReportCategory, ReportCreateRequest, ReportLevel } from '@lotus/server/contract/alerts';
import type { ErrorCode } from '@lotus/server/contract/errors';
import { identifierProblem } from '@lotus/server/contract/identifiers';
import type { Region } from '../../components/IdentifierField';
import type { Prefill } from './prefill';
import { toggleCategory } from './categories';

/** Everything she has written so far, one step after the other; nothing leaves the page until she sends. */
export interface Draft {
  step: 1 | 2 | 3;
  kind: IdentifierKind;
  value: string;
  region: Region;
  categories: ReportCategory[];
  level: ReportLevel;
  city: string | null;
  month: string | null;
  details: string;
  /** Why she cannot go on yet, shown under the step. */
  problem: ErrorCode | null;
}

export const STEPS = 3;

export type DraftAction =
  | { type: 'kind'; kind: IdentifierKind }
  | { type: 'value'; value: string }
  | { type: 'region'; region: Region }
  | { type: 'category'; category: ReportCategory }
  | { type: 'level'; level: ReportLevel }
  | { type: 'city'; city: string | null }
  | { type: 'month'; month: string | null }
  | { type: 'details'; details: string }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'restart' };

export function initialDraft({ prefill, kind, lastCity }: { prefill: Prefill | null; kind?: IdentifierKind; lastCity: string | null }): Draft {
  return {
    step: 1,
    kind: prefill?.kind ?? kind ?? 'phone',
    value: prefill?.value ?? '',
    region: prefill?.region ?? 'FR',
    categories: [],
    level: 'risky',
    city: lastCity,
    month: null,
    details: '',
    problem: null,
  };
}

/** What stops her at this step, checked with the server's own rules so a typo is caught offline. */
function blocker(d: Draft): ErrorCode | null {
  if (d.step === 1) return identifierProblem(d.kind, d.value);
  if (d.step === 2 && d.categories.length === 0) return 'no_category';
  return null;
}

export function draftReducer(d: Draft, a: DraftAction): Draft {
  switch (a.type) {
    case 'kind':
      return { ...d, kind: a.kind, problem: null };
    case 'value':
      return { ...d, value: a.value, problem: null };
    case 'region':
      return { ...d, region: a.region };
    case 'category':
      return { ...d, categories: toggleCategory(d.categories, a.category), problem: null };
    case 'level':
      return { ...d, level: a.level };
    case 'city':
      return { ...d, city: a.city };
    case 'month':
      return { ...d, month: a.month };
    case 'details':
      return { ...d, details: a.details };
    case 'next': {
      const problem = blocker(d);
      if (problem) return { ...d, problem };
      return { ...d, step: Math.min(d.step + 1, STEPS) as Draft['step'], problem: null };
    }
    case 'previous':
      return { ...d, step: Math.max(d.step - 1, 1) as Draft['step'], problem: null };
    case 'restart':
      // A second report is often about the same kind of client in the same city: those stay.
      return { ...d, step: 1, value: '', categories: [], level: 'risky', month: null, details: '', problem: null };
  }
}

/** The request the outbox keeps and sends: only what she filled in. */
export function toRequest(d: Draft, device: string): ReportCreateRequest {
  return {
    kind: d.kind,
    value: d.value.trim(),
    ...(d.kind === 'phone' ? { region: d.region } : {}),
    categories: d.categories,
    level: d.level,
    ...(d.city ? { city: d.city } : {}),
    ...(d.month ? { month: d.month } : {}),
    ...(d.details.trim() ? { details: d.details.trim() } : {}),
    device,
  };
}
