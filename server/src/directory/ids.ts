import { createHash } from 'node:crypto';

/**
 * HSDS wants every `id` to be a UUID. Ours are readable keys (`paris:lotus-bus`), so we derive a
 * name-based UUID (RFC 9562 version 5) from them: the same key gives the same id on every export, and
 * consumers that store our ids see a service keep its identity across re-exports.
 */
export const LOTUS_NAMESPACE = '0f5c3a52-7d1e-4b8e-9a63-6c1d2e4f8b70';

export function uuidV5(name: string, namespace: string = LOTUS_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error('namespace must be a UUID');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The kind prefix keeps a location and its service-at-location (same key) from sharing an id. */
export type IdKind =
  | 'organization'
  | 'service'
  | 'location'
  | 'address'
  | 'service_at_location'
  | 'schedule'
  | 'phone'
  | 'language'
  | 'attribute'
  | 'taxonomy_term';

export function hsdsId(kind: IdKind, key: string): string {
  return uuidV5(`${kind}:${key}`);
}
