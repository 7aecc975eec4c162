import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAlertKeys, loadAlertsSecret, SECRET_FILE } from './keys';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-keys-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the alerts secret', () => {
  it('is generated once into the data folder, readable by its owner only, and reused', () => {
    const DATA_DIR = path.join(tmp(), 'data');
    const first = loadAlertsSecret({ NODE_ENV: 'development', DATA_DIR, ALERTS_SECRET: undefined });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(DATA_DIR, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(loadAlertsSecret({ NODE_ENV: 'development', DATA_DIR, ALERTS_SECRET: undefined })).toBe(first);
  });

  it('comes from ALERTS_SECRET when set, and must be set in production', () => {
    const DATA_DIR = tmp();
    expect(loadAlertsSecret({ NODE_ENV: 'production', DATA_DIR, ALERTS_SECRET: 'x'.repeat(32) })).toBe('x'.repeat(32));
    expect(() => loadAlertsSecret({ NODE_ENV: 'production', DATA_DIR, ALERTS_SECRET: undefined })).toThrow(
      'configuration: ALERTS_SECRET must be set in production (at least 32 random characters, the same for every process)',
    );
    expect(fs.existsSync(path.join(DATA_DIR, SECRET_FILE))).toBe(false);
  });

  it('keys HMAC-SHA256 over kind:normalised, and keeps the four uses apart', () => {
    const keys = createAlertKeys('s'.repeat(32));
    // echo -n 'phone:+33612345678' | openssl dgst -sha256 -hmac ssssssssssssssssssssssssssssssss
    expect(keys.identifier('phone', '+33612345678')).toBe('7d862164f379bae86581fe51995e2dad74ff9670de21d0233f958486211a376a');
    expect(keys.identifier('phone', '+33612345678')).not.toBe(createAlertKeys('t'.repeat(32)).identifier('phone', '+33612345678'));
    expect(new Set([keys.device('abc'), keys.ip('abc'), keys.reference('abc'), keys.identifier('email', 'abc')]).size).toBe(4);
  });
});
