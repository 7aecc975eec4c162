import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInboxCrypto, loadInboxSecret, senderLabel } from './crypto';

describe('inbox sealing', () => {
  const crypto = createInboxCrypto('an-inbox-secret-of-at-least-32-characters');

  it('seals with AES-GCM: nothing readable, a different ciphertext each time, tampering refused', () => {
    const a = crypto.seal('她的消息 0612345678', 'message');
    const b = crypto.seal('她的消息 0612345678', 'message');
    expect(a.toString('latin1')).not.toContain('0612345678');
    expect(a.equals(b)).toBe(false);
    expect(crypto.open(a, 'message').toString('utf8')).toBe('她的消息 0612345678');
    expect(() => crypto.open(a, 'openid')).toThrow();
    const tampered = Buffer.from(a);
    tampered[tampered.length - 1] ^= 1;
    expect(() => crypto.open(tampered, 'message')).toThrow();
  });

  it('labels her by a keyed hash: stable for one secret, another under another secret', () => {
    const key = crypto.senderKey('oOPENID');
    expect(crypto.senderKey('oOPENID')).toBe(key);
    expect(senderLabel(key)).toMatch(/^[0-9A-F]{4}$/);
    expect(createInboxCrypto('another-inbox-secret-of-32-characters!!').senderKey('oOPENID')).not.toBe(key);
  });

  it('needs INBOX_SECRET in production, and makes one into DATA_DIR elsewhere', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotus-inbox-'));
    try {
      expect(() => loadInboxSecret({ NODE_ENV: 'production', DATA_DIR: dir, INBOX_SECRET: undefined })).toThrow('INBOX_SECRET must be set in production');
      const made = loadInboxSecret({ NODE_ENV: 'development', DATA_DIR: dir, INBOX_SECRET: undefined });
      expect(made).toHaveLength(64);
      expect(loadInboxSecret({ NODE_ENV: 'development', DATA_DIR: dir, INBOX_SECRET: undefined })).toBe(made);
      expect(fs.statSync(path.join(dir, 'inbox-secret')).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
