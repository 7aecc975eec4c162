import type { ExactHandler } from '../middleware/exactRoutes';
import { articlesRead } from './articles/articles';
import { check } from './check/check';
import { citiesRead } from './cities/cities';
import { servicesRead } from './services/services';
import { updatesRead } from './updates/updates';

/**
 * The public reads, answered from the content snapshot (snapshot/) right after the security and CORS
 * headers: the body parser, the compressor and the input guard have nothing to do for them (their
 * answers come compressed), and together with the routers' matching they were most of a 304's CPU.
 */
export function publicReadRoutes(): Record<string, ExactHandler> {
  return { 'GET /api/services': servicesRead, 'GET /api/articles': articlesRead, 'GET /api/cities': citiesRead, 'GET /api/updates': updatesRead };
}

/**
 * The busiest write, answered right after the public reads: it reads its own small body (requestBody),
 * its answer is too short to compress, and it writes nothing to the database (its rate-limit counts are
 * flushed once a second), so the compressor, the body parser and the input guard's database errors
 * have nothing to do for it.
 */
export function hotRoutes(): Record<string, ExactHandler> {
  return { 'POST /api/check': check };
}
