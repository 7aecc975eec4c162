import type { Context, Next } from 'koa';
import { CannotExecuteNotConnectedError, EntityNotFoundError, QueryFailedError } from 'typeorm';
import { ERROR_CODES, type ApiErrorBody } from '../contract/errors';
import { AppError, DatabaseUnavailableError, NotFoundError, PayloadTooLargeError, ValidationError } from '../errors';

const DB_DOWN = /Driver not Connected|ECONNREFUSED|ECONNRESET|terminating connection|Connection terminated|database is closed|not initialized|too many clients|PGlite is closed/i;

function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof EntityNotFoundError) return NotFoundError();
  if (err instanceof CannotExecuteNotConnectedError) return DatabaseUnavailableError();
  const e = err as { status?: number; type?: string; message?: string; code?: string };
  if (e.status === 413 || e.type === 'entity.too.large') return PayloadTooLargeError();
  if (e.status === 400 || e.status === 415) {
    const badJson = err instanceof SyntaxError || e.type === 'entity.parse.failed';
    return badJson ? ValidationError('The request body is not valid JSON', { code: 'invalid_json' }) : ValidationError('The request could not be read');
  }
  if (DB_DOWN.test(String(e.message ?? '')) || DB_DOWN.test(String(e.code ?? ''))) return DatabaseUnavailableError();
  return null;
}

/** The one place errors become responses: `{ error: { code, message, field? } }`, never a stack trace. */
export function errorHandler() {
  return async function errorHandler(ctx: Context, next: Next) {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        ctx.status = 404;
        ctx.body = { error: { code: 'not_found', message: 'No such endpoint' } } satisfies ApiErrorBody;
      }
    } catch (err) {
      const known = toAppError(err);
      if (known) {
        ctx.status = known.status;
        ctx.set(known.headers);
        const body: ApiErrorBody = { error: { code: known.code, message: known.message } };
        if (known.field) body.error.field = known.field;
        ctx.body = body;
        return;
      }
      // Only the error's class and database code: a QueryFailedError's message can quote the values sent.
      const e = err as Error & { code?: string };
      ctx.deps.logger.error({ err: { type: e?.constructor?.name, code: e?.code, stack: err instanceof QueryFailedError ? undefined : e?.stack } }, 'unhandled error');
      ctx.status = 500;
      ctx.body = { error: { code: 'internal', message: ERROR_CODES.internal } } satisfies ApiErrorBody;
    }
  };
}
