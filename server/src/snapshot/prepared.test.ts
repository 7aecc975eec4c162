import { describe, expect, it } from 'vitest';
import { bestEncoding, matches, prepare } from './prepared';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

describe('prepared answers', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['gzip;q=0.5, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['deflate', 'identity'],
    ['', 'identity'],
  ])('Accept-Encoding %j gives %s', (header, expected) => {
    expect(bestEncoding(header)).toBe(expected);
  });

  it('compresses from 1 KB, both forms decoding to the JSON, under one weak ETag that If-None-Match finds', () => {
    const small = prepare({ data: 'x'.repeat(100) });
    expect([small.gzip, small.br]).toEqual([null, null]);
    const big = prepare({ data: '巴黎'.repeat(400) });
    expect(gunzipSync(big.gzip!).equals(big.json)).toBe(true);
    expect(brotliDecompressSync(big.br!).equals(big.json)).toBe(true);
    expect(big.etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(matches(`"a", ${big.etag}`, big.etag)).toBe(true);
    expect(matches(big.etag.slice(2), big.etag)).toBe(true);
    expect(matches(small.etag, big.etag)).toBe(false);
    expect(matches('', big.etag)).toBe(false);
  });
});
