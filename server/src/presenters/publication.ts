import type { PublishResultDTO } from '../contract/admin';
import type { PublishOutcome } from '../wechat/publish';

/** The answer of a publish request: `{ status, url?, message?, error?, code? }`. */
export function presentOutcome(outcome: PublishOutcome): PublishResultDTO {
  if (outcome.status === 'published') return { status: outcome.status, url: outcome.url };
  if (outcome.status === 'draft') return { status: outcome.status, message: outcome.message };
  return { status: outcome.status, code: outcome.code, error: outcome.message };
}
