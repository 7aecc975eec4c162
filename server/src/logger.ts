import pino from 'pino';

/**
 * One logger. It never receives request bodies, query strings or identifiers: the request log
 * writes method, route path and status only.
 */
export function createLogger(level: string) {
  return pino({ level, base: undefined, redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true } });
}
export type Logger = ReturnType<typeof createLogger>;
