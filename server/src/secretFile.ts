import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from './config';

interface Options {
  /** The environment variable's name, for the messages. */
  name: string;
  /** Its value, when set. */
  value: string | undefined;
  nodeEnv: string;
  dataDir: string;
  /** The file in the data folder that keeps the secret made for development. */
  file: string;
  /** What production needs, said after "must be set in production". */
  productionHint: string;
}

/**
 * A secret from the environment (required in production); otherwise made once into the data folder,
 * readable by its owner only. Created with `wx` so two processes starting together end up with the same one.
 */
export function loadSecret({ name, value, nodeEnv, dataDir, file: fileName, productionHint }: Options): string {
  if (value) return value;
  if (nodeEnv === 'production') throw new ConfigError(`configuration: ${name} must be set in production (${productionHint})`);
  const file = path.join(dataDir, fileName);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new ConfigError(`configuration: ${file} holds a secret shorter than 32 characters; delete it or set ${name}`);
  return secret;
}
