import { describe, expect, it } from 'vitest';
import { deviceLimitKey, issueDevice, verifiedDevice } from './device';
import { createAlertKeys } from './keys';

describe('install ids', () => {
  const keys = createAlertKeys('s'.repeat(32));

  it('are verified by their signature, and nothing else is', () => {
    const id = issueDevice(keys);
    expect(id).toMatch(/^[A-Za-z0-9_-]{44}$/);
    expect(verifiedDevice(keys, id)).toBe(id);
    const forged = id.slice(0, 22) + (id[22] === 'A' ? 'B' : 'A') + id.slice(23);
    for (const other of [forged, id.slice(0, 43), `${id}x`, 'bench-install-1-0000000', null, undefined]) expect(verifiedDevice(keys, other)).toBeNull();
    expect(verifiedDevice(createAlertKeys('t'.repeat(32)), id)).toBeNull();
  });

  it('are counted under the half of their MAC that is never sent: one key per id, none for a forged one', () => {
    const a = issueDevice(keys);
    const b = issueDevice(keys);
    const key = deviceLimitKey(keys, a)!;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(deviceLimitKey(keys, a)).toBe(key);
    expect(deviceLimitKey(keys, b)).not.toBe(key);
    // Neither the id, nor its public signature, nor the key of another secret.
    expect(Buffer.from(a.slice(22), 'base64url').toString('hex')).not.toContain(key);
    expect(key).toBe(keys.signDevice(a.slice(0, 22)).slice(32));
    expect(deviceLimitKey(createAlertKeys('t'.repeat(32)), a)).toBeNull();
    expect(deviceLimitKey(keys, 'bench-install-1-0000000')).toBeNull();
  });
});
