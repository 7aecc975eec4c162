import { Init1763900000000 } from './1763900000000-Init';

/** Every migration, in order. A new one is added at the end; a committed one is never edited. */
export const migrations: Function[] = [Init1763900000000];
