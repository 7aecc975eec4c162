/** The errors a client can see. `code` is stable; `message` tells a person what to do. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const ValidationError = (message: string) => new AppError(400, 'invalid_request', message);
export const NotFoundError = (message = 'Not found') => new AppError(404, 'not_found', message);
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
