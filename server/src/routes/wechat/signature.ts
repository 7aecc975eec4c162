import { createHash, timingSafeEqual } from 'node:crypto';

/** WeChat signs each call with sha1 of the sorted [token, timestamp, nonce]; older than this is a replay. */
export const MAX_AGE_SECONDS = 5 * 60;

export function wechatSignature(token: string, timestamp: string, nonce: string): string {
  return createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
}

export type SignatureCheck = 'valid' | 'invalid' | 'stale';

export function checkSignature(token: string, query: { signature: string; timestamp: string; nonce: string }, now: Date): SignatureCheck {
  const expected = Buffer.from(wechatSignature(token, query.timestamp, query.nonce));
  const given = Buffer.from(query.signature.toLowerCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return Math.abs(now.getTime() / 1000 - Number(query.timestamp)) > MAX_AGE_SECONDS ? 'stale' : 'valid';
}
