import { describe, expect, it } from 'vitest';
import { identifierProblem, plateNormalized } from './identifiers';

/** The rules the mini-program runs offline and the server runs before normalising: tested once, here. */
describe('identifierProblem', () => {
  it('accepts phone numbers as people type them, and asks for one when empty', () => {
    for (const v of ['06 12 34 56 78', '0612345678', '+33 6 12 34 56 78', '+86 138 0013 8000', '06.12.34.56.78', '(06) 12-34-56-78']) {
      expect(identifierProblem('phone', v)).toBeNull();
    }
    for (const v of ['', '   ']) expect(identifierProblem('phone', v)).toBe('required');
    for (const v of ['123', 'abc', '06 12 34 ab 78', '+33 6 12 34 56 78 90 12 34']) expect(identifierProblem('phone', v)).toBe('invalid_phone');
  });

  it('takes WeChat IDs by WeChat’s rule: a digits-only ID is refused on both sides', () => {
    for (const v of ['wxid_abc123', 'Lin-2024', 'a12345']) expect(identifierProblem('wechat', v)).toBeNull();
    for (const v of ['13800138000', '1abcdef', 'short', 'has space', 'a'.repeat(21)]) expect(identifierProblem('wechat', v)).toBe('invalid_wechat');
  });

  it('takes French plates (SIV, FNI) and foreign ones of 2 to 10 letters and digits', () => {
    for (const v of ['AB-123-CD', 'ab 123 cd', '123 ABC 75', 'B1234XY', 'HH 12', 'ABCDEFGH']) expect(identifierProblem('plate', v)).toBeNull();
    for (const v of ['A', 'ABCDEFGHIJK12', 'AB-123-ÇD', '!']) expect(identifierProblem('plate', v)).toBe('invalid_plate');
    expect(plateNormalized('ab 123 cd')).toBe('AB-123-CD');
    expect(plateNormalized('123abc75')).toBe('123-ABC-75');
  });

  it('takes emails with a domain and a top-level domain, and nothing longer than 200 characters', () => {
    expect(identifierProblem('email', 'a@b.fr')).toBeNull();
    for (const v of ['a@b', 'no-at-sign.com', 'two@@example.com']) expect(identifierProblem('email', v)).toBe('invalid_email');
    expect(identifierProblem('email', `${'a'.repeat(200)}@b.fr`)).toBe('too_long');
  });
});
