import { cache } from './cache';
import { onOnline } from './platform';
import { createReportQueue, shouldRetry } from './lib/reportQueue';
import { postReport } from './services/reports';

/** The device's report queue, stored through cache.ts and sent through the reports service. */
export const outbox = createReportQueue({
  load: cache.queuedReports,
  save: cache.setQueuedReports,
  loadSent: cache.sentReports,
  saveSent: cache.setSentReports,
  now: () => Date.now(),
  async send(body) {
    const res = await postReport(body);
    if (res.ok) return { ok: true, reference: res.data.reference };
    return { ok: false, retry: shouldRetry(res.error.status), code: res.error.code };
  },
});

const RETRY_EVERY_MS = 60_000;
let started = false;

/** Retries waiting reports when the app comes back, when the network returns, and every minute while open. */
export function startOutbox(): void {
  void outbox.flush();
  if (started) return;
  started = true;
  onOnline(() => void outbox.flush());
  setInterval(() => {
    if (outbox.pending().some((r) => !r.rejected)) void outbox.flush();
  }, RETRY_EVERY_MS);
}
