import type { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../contract/errors';
import { ValidationError } from '../errors';

/** A schema names a specific code by using the catalogue's sentence as its message (`ERROR_CODES.invalid_month`). */
const CODE_BY_MESSAGE = new Map<string, ErrorCode>(Object.entries(ERROR_CODES).map(([code, text]) => [text, code as ErrorCode]));

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
  return at;
}

/** The stable code of the first problem, so a client can say it in the reader's language. */
function codeOf(issue: z.core.$ZodIssue, input: unknown): ErrorCode {
  const named = CODE_BY_MESSAGE.get(issue.message);
  if (named) return named;
  if (issue.path.length === 0) return 'invalid_request';
  const given = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return given === undefined || given === null ? 'required' : 'invalid_format';
    case 'too_small':
      if (issue.origin === 'string') return given === undefined || String(given).trim() === '' ? 'required' : 'invalid_format';
      return issue.origin === 'number' || issue.origin === 'int' ? 'out_of_range' : 'invalid_format';
    case 'too_big':
      return issue.origin === 'number' || issue.origin === 'int' ? 'out_of_range' : 'too_long';
    case 'invalid_value':
      return 'invalid_choice';
    default:
      return 'invalid_format';
  }
}

/**
 * Parses one part of a request, or throws a 400 with the code and field of the first problem and an
 * English message naming each field and what it takes.
 */
export function parse<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { issues } = result.error;
  const messages = issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join('.');
    return !field || issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
  });
  const first = issues[0];
  const field = first.path.map(String).join('.') || undefined;
  throw ValidationError(messages.join('; '), { code: codeOf(first, value), field });
}
