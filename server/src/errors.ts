import { ERROR_CODES, type ErrorCode } from './contract/errors';

/**
 * The errors a client can see. `code` comes from the catalogue in contract/errors.ts (clients translate
 * it), `field` names the input concerned, `message` tells a person reading English what to do.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code],
    readonly headers: Record<string, string> = {},
    readonly field?: string,
  ) {
    super(message);
  }
}

interface Coded {
  code?: ErrorCode;
  field?: string;
}

export const ValidationError = (message: string, { code = 'invalid_request', field }: Coded = {}) =>
  new AppError(400, code, message, {}, field);
export const NotFoundError = (message = 'Not found', { code = 'not_found', field }: Coded = {}) =>
  new AppError(404, code, message, {}, field);
export const UnauthorizedError = (message = 'Please log in first') => new AppError(401, 'unauthorized', message);
export const ForbiddenError = (message = 'You are not allowed to do this') => new AppError(403, 'forbidden', message);
export const ConflictError = (message: string) => new AppError(409, 'conflict', message);
export const PayloadTooLargeError = (message = 'The request is too large') => new AppError(413, 'payload_too_large', message);
export const RateLimitedError = (retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', `Too many requests: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`, {
    'Retry-After': String(Math.ceil(retryAfterSeconds)),
  });
export const DatabaseUnavailableError = (message = 'The database is not reachable; try again in a moment') =>
  new AppError(503, 'db_unavailable', message);
