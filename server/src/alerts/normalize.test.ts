import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import metadata from 'libphonenumber-js/metadata.min.json';
import { INVALID_MESSAGES, normalizeIdentifier, phoneByLibrary, phoneByShape } from './normalize';

const norm = (kind: Parameters<typeof normalizeIdentifier>[0], value: string, region?: 'FR' | 'CN') => normalizeIdentifier(kind, value, region).normalized;

function rejection(kind: Parameters<typeof normalizeIdentifier>[0], value: string, region?: 'FR' | 'CN'): AppError {
  try {
    normalizeIdentifier(kind, value, region);
  } catch (e) {
    return e as AppError;
  }
  throw new Error(`${kind} ${value} was accepted`);
}

describe('normalizeIdentifier', () => {
  it('writes every French spelling of a mobile as one E.164 number', () => {
    for (const v of ['06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78', '0033612345678', '0612345678', ' 06-12-34-56-78 ']) {
      expect(norm('phone', v)).toBe('+33612345678');
    }
    expect(normalizeIdentifier('phone', '06 12 34 56 78').masked).toBe('+33 6 •• •• •• 78');
  });

  it('reads Chinese mobiles with their country code, as CN, or when they cannot be French', () => {
    expect(norm('phone', '+86 138 0013 8000')).toBe('+8613800138000');
    expect(norm('phone', '13800138000', 'CN')).toBe('+8613800138000');
    expect(norm('phone', '008613800138000')).toBe('+8613800138000');
    expect(norm('phone', '13800138000')).toBe('+8613800138000');
    expect(normalizeIdentifier('phone', '+86 138 0013 8000').masked).toBe('+86 1•• •••• ••00');
  });

  it('accepts other countries in international form', () => {
    expect(norm('phone', '+44 20 7946 0958')).toBe('+442079460958');
    expect(norm('phone', '0044 20 7946 0958')).toBe('+442079460958');
    expect(norm('phone', '+32 470 12 34 56')).toBe('+32470123456');
  });

  it('makes each French plate one plate, new and old formats', () => {
    for (const v of ['AB-123-CD', 'AB 123 CD', 'ab123cd', 'ab-123 cd']) expect(norm('plate', v)).toBe('AB-123-CD');
    for (const v of ['123 ABC 75', '123-abc-75', '123ABC75']) expect(norm('plate', v)).toBe('123-ABC-75');
    expect(norm('plate', '45 AB 2A')).toBe('45-AB-2A');
    expect(normalizeIdentifier('plate', 'ab123cd').masked).toBe('AB-•••-CD');
  });

  it('keeps other countries’ plates as 2–10 letters and digits', () => {
    expect(norm('plate', 'B-MW 1234')).toBe('BMW1234');
    expect(norm('plate', 'xy 12')).toBe('XY12');
  });

  it('case-folds WeChat IDs and emails, trimmed', () => {
    expect(norm('wechat', 'WxBadGuy_88')).toBe('wxbadguy_88');
    expect(norm('wechat', '  wxbadguy_88 ')).toBe('wxbadguy_88');
    expect(normalizeIdentifier('wechat', 'wxbadguy_88').masked).toBe('wx••••••_88');
    expect(norm('email', '  Bad.Client@Example.COM ')).toBe('bad.client@example.com');
    expect(normalizeIdentifier('email', 'bad.client@example.com').masked).toBe('b•••@e•••.com');
  });

  it('rejects invalid input of each kind with a 400 that shows a valid one', () => {
    const cases: Array<[Parameters<typeof normalizeIdentifier>[0], string, ('FR' | 'CN')?]> = [
      ['phone', '12'],
      ['phone', 'call me maybe'],
      ['phone', '06 12 34'],
      ['phone', '06 12 34 56'],
      ['phone', '+33 6 12 34'],
      ['plate', 'A'],
      ['plate', 'ABCDEFGHIJK12'],
      ['plate', 'AB-123-ÇD'],
      ['wechat', '8startswithdigit'],
      ['wechat', 'short'],
      ['wechat', 'has space in it'],
      ['wechat', 'a'.repeat(21)],
      ['email', 'no-at-sign.com'],
      ['email', 'two@@example.com'],
      ['email', 'name@nodot'],
    ];
    for (const [kind, value, region] of cases) {
      const e = rejection(kind, value, region);
      expect(e).toBeInstanceOf(AppError);
      expect([e.status, e.message]).toEqual([400, INVALID_MESSAGES[kind]]);
    }
    expect(INVALID_MESSAGES.phone).toBe('value is not a phone number we recognise: write it like 06 12 34 56 78, or with its country code like +86 138 0013 8000');
  });
});

describe('the short reading of phone numbers', () => {
  const reading = (i: { normalized: string; masked: string } | null) => i && { normalized: i.normalized, masked: i.masked };
  const separated = (digits: string, seps: string[]) => [...digits].map((d, i) => d + (seps[i] ?? '')).join('');
  const separator = fc.constantFrom('', '', ' ', '.', '-', ' - ', '(', ')');

  it('rests on what libphonenumber knows of France: nine digits after the 0, the first not 0, and 00 for abroad', () => {
    const [code, idd, pattern, lengths] = (metadata as unknown as { countries: Record<string, [string, string, string, number[]]> }).countries.FR;
    expect({ code, idd, pattern, lengths }).toEqual({ code: '33', idd: '00', pattern: '[1-9]\\d{8}', lengths: [9] });
  });

  it('reads every French prefix exactly as libphonenumber does, unless the region says China', () => {
    for (let prefix = 10; prefix < 100; prefix++) {
      for (const rest of ['0000000', '1234567', '9999999', '5550123']) {
        const digits = `0${prefix}${rest}`;
        for (const region of [undefined, 'FR'] as const) expect(reading(phoneByShape(digits, region)), `${digits} ${region}`).toEqual(reading(phoneByLibrary(digits, region)));
        expect(phoneByShape(digits, 'CN')).toBeNull();
      }
    }
    expect(phoneByShape('0612345678', undefined)?.normalized).toBe('+33612345678');
  });

  it('agrees with libphonenumber on any French number, however it is spaced', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[1-9]\d{8}$/), fc.array(separator, { maxLength: 10 }), fc.constantFrom<'FR' | undefined>(undefined, 'FR'), (digits, seps, region) => {
        const written = separated(digits, seps);
        expect(reading(phoneByShape(written, region))).toEqual(reading(phoneByLibrary(written, region)));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves every other shape to libphonenumber, Chinese mobiles included (it reads 179xx00… as a long-distance prefix)', () => {
    for (const v of ['+33 6 12 34 56 78', '0033612345678', '+44 20 7946 0958', '0012345678', '061234567', '06123456789', '13800138000', '17900004000']) {
      expect(phoneByShape(v, undefined)).toBeNull();
    }
    expect(phoneByLibrary('17900004000', undefined)).toBeNull();
    expect(phoneByLibrary('13800138000', undefined)?.normalized).toBe('+8613800138000');
  });
});
