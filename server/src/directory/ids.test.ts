import { describe, expect, it } from 'vitest';
import { hsdsId, uuidV5 } from './ids';

describe('uuidV5', () => {
  it('matches the RFC test vector (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives a version-5, RFC-variant UUID that depends on the kind and the key', () => {
    const id = hsdsId('service', 'paris:lotus-bus');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(hsdsId('service', 'paris:lotus-bus')).toBe(id);
    expect(hsdsId('location', 'paris:lotus-bus')).not.toBe(id);
    expect(hsdsId('service', 'lyon:lotus-bus')).not.toBe(id);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'paris')).toThrow('namespace must be a UUID');
  });
});
