import type { IdentifierKind } from '@lotus/server/contract/alerts';

export interface Prefill {
  kind: IdentifierKind;
  value: string;
  region?: 'FR' | 'CN';
}

/**
 * "Report it too" from a check hands the number over in memory, not in the page URL: on the web a
 * URL lands in the browser's history, and the number must not.
 */
let waiting: Prefill | null = null;

export function handOver(prefill: Prefill): void {
  waiting = prefill;
}

export function takeOver(): Prefill | null {
  const p = waiting;
  waiting = null;
  return p;
}
