import type { LegacyReportCreateRequest, ReportCategory, ReportCreateRequest } from '@lotus/server/contract/alerts';
import { REPORT_CATEGORIES } from '../icons';

/** One category as an older version of the app kept it, or several: what was saved on a phone before the update stays readable. */
type Categorised = { categories: ReportCategory[] } | { category: ReportCategory };

/** The categories of a queued body or a sent report, whichever version of the app saved it. */
export function categoriesOf(saved: Categorised): ReportCategory[] {
  const list: readonly string[] = 'categories' in saved ? saved.categories : [saved.category];
  return REPORT_CATEGORIES.filter((c) => list.includes(c));
}

/** The body as this version sends it: a report an older version queued with one `category` goes out with `categories`. */
function upToDate(body: ReportCreateRequest | LegacyReportCreateRequest): ReportCreateRequest {
  if ('categories' in body) return body;
  const { category, ...rest } = body;
  return { ...rest, categories: [category] };
}

/** A report saved on the device before it is sent, so an offline or failed send is never lost. */
export interface QueuedReport {
  id: string;
  body: ReportCreateRequest | LegacyReportCreateRequest;
  createdAt: number;
  attempts: number;
  /** The server refused it (4xx): kept and shown with its error in her language, not retried on its own. */
  rejected: boolean;
  /** The API's error code (contract/errors.ts), translated when shown. */
  error: string | null;
}

/** What is kept once a report is sent: its reference (to withdraw it), never the reported identifier. */
export type SentReport = {
  reference: string;
  sentAt: number;
  withdrawn: boolean;
} & Categorised;

export type SendOutcome = { ok: true; reference: string } | { ok: false; retry: boolean; code: string };

export interface QueueDeps {
  load(): QueuedReport[];
  save(list: QueuedReport[]): void;
  loadSent(): SentReport[];
  saveSent(list: SentReport[]): void;
  send(body: ReportCreateRequest): Promise<SendOutcome>;
  now(): number;
}

export interface FlushResult {
  sent: { id: string; reference: string }[];
  failed: { id: string; retry: boolean; code: string }[];
}

/** Network failures, timeouts, rate limits and server errors are worth retrying; other 4xx are not. */
export function shouldRetry(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500;
}

const SENT_KEPT = 50;

export function createReportQueue(deps: QueueDeps) {
  const listeners = new Set<() => void>();
  let running: Promise<FlushResult> | null = null;

  const notify = () => listeners.forEach((fn) => fn());
  const update = (id: string, patch: Partial<QueuedReport>) =>
    deps.save(deps.load().map((r) => (r.id === id ? { ...r, ...patch } : r)));

  async function run(includeRejected: boolean): Promise<FlushResult> {
    const result: FlushResult = { sent: [], failed: [] };
    for (const item of deps.load()) {
      if (item.rejected && !includeRejected) continue;
      const body = upToDate(item.body);
      const outcome = await deps.send(body);
      if (outcome.ok) {
        deps.save(deps.load().filter((r) => r.id !== item.id));
        const sent: SentReport = { reference: outcome.reference, categories: body.categories, sentAt: deps.now(), withdrawn: false };
        deps.saveSent([sent, ...deps.loadSent()].slice(0, SENT_KEPT));
        result.sent.push({ id: item.id, reference: outcome.reference });
      } else {
        update(item.id, { attempts: item.attempts + 1, rejected: !outcome.retry, error: outcome.code || null });
        result.failed.push({ id: item.id, retry: outcome.retry, code: outcome.code });
        // Offline: the next ones would fail the same way; wait for the next flush.
        if (outcome.retry) break;
      }
      notify();
    }
    return result;
  }

  return {
    pending: (): QueuedReport[] => deps.load(),
    sent: (): SentReport[] => deps.loadSent(),

    /** Saves the report on the device first; sending is `flush`'s job. */
    enqueue(body: ReportCreateRequest): QueuedReport {
      const item: QueuedReport = {
        id: `${deps.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        body,
        createdAt: deps.now(),
        attempts: 0,
        rejected: false,
        error: null,
      };
      deps.save([...deps.load(), item]);
      notify();
      return item;
    },

    /**
     * Sends what is waiting, oldest first. One flush at a time, so a report is never sent twice by
     * two triggers (app shown, network back, button) firing together. `includeRejected` also
     * retries the ones the server refused, when the person asks for it.
     */
    flush({ includeRejected = false }: { includeRejected?: boolean } = {}): Promise<FlushResult> {
      if (running) return running;
      running = run(includeRejected).finally(() => {
        running = null;
      });
      return running;
    },

    discard(id: string): void {
      deps.save(deps.load().filter((r) => r.id !== id));
      notify();
    },

    markWithdrawn(reference: string): void {
      deps.saveSent(deps.loadSent().map((s) => (s.reference === reference ? { ...s, withdrawn: true } : s)));
      notify();
    },

    subscribe(fn: () => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}

export type ReportQueue = ReturnType<typeof createReportQueue>;
