import { describe, expect, it, vi } from 'vitest';
import type { LegacyReportCreateRequest, ReportCreateRequest } from '@lotus/server/contract/alerts';
import { categoriesOf, createReportQueue, shouldRetry, type QueuedReport, type SendOutcome, type SentReport } from './reportQueue';

const body = (value: string): ReportCreateRequest => ({ kind: 'phone', value, categories: ['robbery'], level: 'risky', device: 'd'.repeat(32) });

function setup(outcomes: SendOutcome[]) {
  const store = { queue: [] as QueuedReport[], sent: [] as SentReport[] };
  const send = vi.fn(async (_sent: ReportCreateRequest) => {
    const next = outcomes.shift();
    if (!next) throw new Error('unexpected send');
    return next;
  });
  const queue = createReportQueue({
    load: () => store.queue,
    save: (l) => {
      store.queue = l;
    },
    loadSent: () => store.sent,
    saveSent: (l) => {
      store.sent = l;
    },
    send,
    now: () => 1_700_000_000_000,
  });
  return { store, send, queue };
}

describe('report retry queue', () => {
  it('sends a report an older version queued with one `category` as `categories`, and keeps every category once sent', async () => {
    const { store, send, queue } = setup([{ ok: true, reference: 'OLD' }, { ok: true, reference: 'NEW' }]);
    const { categories: _drop, ...rest } = body('0633333333');
    const legacy: LegacyReportCreateRequest = { ...rest, category: 'stealthing' };
    store.queue = [{ id: 'old', body: legacy, createdAt: 1, attempts: 0, rejected: false, error: null }];
    queue.enqueue({ ...body('0644444444'), categories: ['violence', 'fake-client'] });
    await queue.flush();
    expect(send.mock.calls.map(([sent]) => sent)).toEqual([
      { ...rest, categories: ['stealthing'] },
      { ...body('0644444444'), categories: ['violence', 'fake-client'] },
    ]);
    expect(send.mock.calls[0][0]).not.toHaveProperty('category');
    expect(store.sent.map(categoriesOf)).toEqual([['violence', 'fake-client'], ['stealthing']]);
  });

  it('reads the categories of what an older version kept on the phone', () => {
    expect(categoriesOf({ category: 'robbery' })).toEqual(['robbery']);
    expect(categoriesOf({ categories: ['other', 'violence'] })).toEqual(['violence', 'other']);
  });

  it('saves a report on the device before anything is sent', () => {
    const { store, send, queue } = setup([]);
    queue.enqueue(body('0612345678'));
    expect(store.queue).toHaveLength(1);
    expect(send).not.toHaveBeenCalled();
  });

  it('moves a sent report to the sent list with its reference and without the identifier', async () => {
    const { store, queue } = setup([{ ok: true, reference: 'K7QX-2M' }]);
    const item = queue.enqueue(body('0612345678'));
    const result = await queue.flush();
    expect(result.sent).toEqual([{ id: item.id, reference: 'K7QX-2M' }]);
    expect(store.queue).toEqual([]);
    expect(store.sent).toEqual([{ reference: 'K7QX-2M', categories: ['robbery'], sentAt: 1_700_000_000_000, withdrawn: false }]);
    expect(JSON.stringify(store.sent)).not.toContain('0612345678');
  });

  it('keeps reports when offline, stops at the first network failure, and sends them later', async () => {
    const { store, send, queue } = setup([
      { ok: false, retry: true, code: 'network' },
      { ok: true, reference: 'A' },
      { ok: true, reference: 'B' },
    ]);
    queue.enqueue(body('0611111111'));
    queue.enqueue(body('0622222222'));
    const first = await queue.flush();
    expect(first.sent).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(store.queue.map((r) => r.attempts)).toEqual([1, 0]);
    expect(store.queue.every((r) => !r.rejected)).toBe(true);
    const second = await queue.flush();
    expect(second.sent.map((s) => s.reference)).toEqual(['A', 'B']);
    expect(store.queue).toEqual([]);
  });

  it('keeps a refused report with its error code and does not retry it on its own', async () => {
    const { store, send, queue } = setup([
      { ok: false, retry: false, code: 'invalid_month' },
      { ok: true, reference: 'C' },
    ]);
    queue.enqueue(body('0611111111'));
    await queue.flush();
    expect(store.queue[0]).toMatchObject({ rejected: true, error: 'invalid_month' });
    await queue.flush();
    expect(send).toHaveBeenCalledTimes(1);
    const manual = await queue.flush({ includeRejected: true });
    expect(manual.sent.map((s) => s.reference)).toEqual(['C']);
  });

  it('never sends a report twice when two flushes start together', async () => {
    const { send, queue } = setup([{ ok: true, reference: 'D' }]);
    queue.enqueue(body('0611111111'));
    const [a, b] = await Promise.all([queue.flush(), queue.flush()]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(a).toBe(b);
  });

  it('discards only when asked, and tells subscribers', () => {
    const { store, queue } = setup([]);
    const seen = vi.fn();
    queue.subscribe(seen);
    const item = queue.enqueue(body('0611111111'));
    queue.discard(item.id);
    expect(store.queue).toEqual([]);
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('retries network failures, timeouts, rate limits and server errors only', () => {
    expect([0, 408, 429, 500, 503].map(shouldRetry)).toEqual([true, true, true, true, true]);
    expect([400, 404, 409, 422].map(shouldRetry)).toEqual([false, false, false, false]);
  });
});
