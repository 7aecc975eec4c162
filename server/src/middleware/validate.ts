import type { z } from 'zod';
import { ValidationError } from '../errors';

/** Parses one part of a request, or throws a 400 whose message names the field and what it takes. */
export function parse<S extends z.ZodTypeAny>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const messages = result.error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join('.');
    return !field || issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
  });
  throw ValidationError(messages.join('; '));
}
