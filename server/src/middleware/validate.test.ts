import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ERROR_CODES } from '../contract/errors';
import { AppError } from '../errors';
import { parse } from './validate';

const Schema = z.object({
  kind: z.enum(['a', 'b'], { message: 'kind must be one of a, b' }),
  name: z.string().trim().min(1, 'name is required').max(5, 'name is too long'),
  month: z.string().regex(/^\d{4}-\d{2}$/, ERROR_CODES.invalid_month).optional(),
  limit: z.coerce.number().int().min(1).max(9).optional(),
});

function rejection(value: unknown): AppError {
  try {
    parse(Schema, value);
  } catch (e) {
    return e as AppError;
  }
  throw new Error('parse accepted the value');
}

describe('parse', () => {
  it.each([
    [{ kind: 'c', name: 'x' }, 'invalid_choice', 'kind'],
    [{ kind: 'a' }, 'required', 'name'],
    [{ kind: 'a', name: '   ' }, 'required', 'name'],
    [{ kind: 'a', name: 'abcdefgh' }, 'too_long', 'name'],
    [{ kind: 'a', name: 'x', month: '11/2026' }, 'invalid_month', 'month'],
    [{ kind: 'a', name: 'x', limit: '40' }, 'out_of_range', 'limit'],
    [{ kind: 'a', name: 42 }, 'invalid_format', 'name'],
    [[1], 'invalid_request', undefined],
  ])('%j → %s on %s', (value, code, field) => {
    const e = rejection(value);
    expect([e.status, e.code, e.field]).toEqual([400, code, field]);
  });

  it('keeps an English message naming every field (up to three) for people reading the raw answer', () => {
    expect(rejection({ kind: 'c' }).message).toBe('kind must be one of a, b; name: Invalid input: expected string, received undefined');
    expect(rejection({ kind: 'a', name: 'x', month: 'x' }).message).toBe(ERROR_CODES.invalid_month);
  });
});
