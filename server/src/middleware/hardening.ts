import type { Socket } from 'node:net';
import type { Context, Next } from 'koa';
import { QueryFailedError } from 'typeorm';
import { AppError, NotFoundError, ValidationError } from '../errors';
import { stripNul } from './body';

/**
 * Headers every answer carries. The console sets its own, stricter Content-Security-Policy after this
 * runs, which replaces the API's; JSON answers need no script, style or frame at all.
 */
export function securityHeaders() {
  const headers = Object.entries({
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Opened on its own, a flyer SVG draws its QR code from a data: image and may carry inline styles.
    'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'",
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  });
  return async function securityHeaders(ctx: Context, next: Next) {
    // Straight onto Node's response: Koa's ctx.set checks and converts each value, and these are constants.
    for (const [name, value] of headers) ctx.res.setHeader(name, value);
    if (ctx.secure) ctx.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return next();
  };
}

// PostgreSQL's answers to values it cannot take: bad characters (22021, 22P05), impossible dates
// (22007, 22008), numbers out of range (22003), text too long for its column (22001).
const BAD_VALUE: Record<string, string> = {
  '22021': 'The request contains a character that cannot be stored: remove it and try again',
  '22P05': 'The request contains a character that cannot be stored: remove it and try again',
  '22007': 'A date in the request does not exist: write a real date such as 2026-11-23',
  '22008': 'A date in the request does not exist: write a real date such as 2026-11-23',
  '22003': 'A number in the request is out of range',
  '22001': 'A field in the request is too long',
};

/** Answers without a JSON body (405/501 from the router, Koa's own) get the API's error shape. */
const SHAPED: Record<number, AppError> = {
  404: NotFoundError('No such endpoint'),
  405: ValidationError('This method is not allowed on this address: see the API documentation for GET or POST'),
  501: ValidationError('This method is not supported: the API answers GET, POST, PUT, DELETE and OPTIONS'),
};

/**
 * Goes inside errorHandler: the query string loses its NUL bytes before any handler reads it (bodies
 * lose theirs in body.ts), a value the database refuses becomes a 400 with a sentence, and no error
 * leaves without its shape.
 */
export function inputGuard() {
  return async function inputGuard(ctx: Context, next: Next) {
    if (ctx.querystring.includes('%00')) ctx.query = stripNul(ctx.query) as typeof ctx.query;
    try {
      await next();
    } catch (err) {
      const code = err instanceof QueryFailedError ? (err.driverError as { code?: string } | undefined)?.code : undefined;
      if (code && BAD_VALUE[code]) throw ValidationError(BAD_VALUE[code]);
      throw err;
    }
    if (ctx.status >= 400 && (ctx.body === undefined || ctx.body === null || typeof ctx.body === 'string')) {
      const known = SHAPED[ctx.status];
      const status = ctx.status;
      ctx.body = { error: { code: known?.code ?? 'invalid_request', message: known?.message ?? (ctx.message || 'The request could not be answered') } };
      ctx.status = status;
    }
  };
}

/** Node answers a request it cannot parse (headers too large, unknown method) before Koa sees it: in the API's shape here. */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
  const unknownMethod = err.code === 'HPE_INVALID_METHOD';
  const [status, text, code, message] = tooLarge
    ? [431, 'Request Header Fields Too Large', 'payload_too_large', 'The request headers are too large: send fewer or shorter headers (cookies included)']
    : unknownMethod
      ? [501, 'Not Implemented', 'invalid_request', 'This method is not supported: the API answers GET, POST, PUT, DELETE and OPTIONS']
      : [400, 'Bad Request', 'invalid_request', 'The request could not be read'];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
  );
}
