import type { Context } from 'koa';
import type { z } from 'zod';
import { parse } from '../middleware/validate';

/** Public reads come with a handful of query strings; past this many, the memory starts afresh. */
const MAX_KEPT = 1_000;
const kept = new WeakMap<z.ZodTypeAny, Map<string, unknown>>();

/**
 * The query string validated by `schema`, remembered by its raw text: a repeated read (most of them)
 * skips parsing the string and the schema. Only valid queries are kept; the value is frozen, shared.
 */
export function parseQuery<S extends z.ZodTypeAny>(ctx: Context, schema: S): Readonly<z.infer<S>> {
  let bySchema = kept.get(schema);
  if (!bySchema) {
    bySchema = new Map();
    kept.set(schema, bySchema);
  }
  const raw = ctx.querystring;
  const known = bySchema.get(raw);
  if (known !== undefined) return known as z.infer<S>;
  const value = Object.freeze(parse(schema, ctx.query));
  if (bySchema.size >= MAX_KEPT) bySchema.clear();
  bySchema.set(raw, value);
  return value;
}
