import { describe, expect, it } from 'vitest';
import { looksValid } from './identifiers';

describe('looksValid', () => {
  it('accepts French and Chinese phone numbers as people type them', () => {
    for (const v of ['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78', '+86 138 0013 8000', '06.12.34.56.78']) expect(looksValid('phone', v)).toBe(true);
  });
  it('rejects what cannot be a phone number', () => {
    for (const v of ['', '123', 'abc', '06 12 34 ab 78', '+33 6 12 34 56 78 90 12 34']) expect(looksValid('phone', v)).toBe(false);
  });
  it('checks plates: SIV, FNI and loosely foreign ones', () => {
    for (const v of ['AB-123-CD', 'ab 123 cd', '123 ABC 75', 'B1234XY']) expect(looksValid('plate', v)).toBe(true);
    for (const v of ['hello', '12', 'ABCDEFGH']) expect(looksValid('plate', v)).toBe(false);
  });
  it('checks WeChat IDs and emails', () => {
    expect(looksValid('wechat', 'wxid_abc123')).toBe(true);
    expect(looksValid('wechat', '1abc')).toBe(false);
    expect(looksValid('email', 'a@b.fr')).toBe(true);
    expect(looksValid('email', 'a@b')).toBe(false);
  });
});
