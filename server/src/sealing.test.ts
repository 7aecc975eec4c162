import { describe, expect, it } from 'vitest';
import { createInboxCrypto } from './inbox/crypto';
import { createSubscriptionCrypto } from './subscriptions/crypto';

// Values sealed and hashed by the inbox's and the subscriptions' own sealing code before both moved to
// sealing.ts: what the databases already hold must still open and match.
const SECRET = 'a-known-secret-of-at-least-32-characters';

describe('one sealing module for the inbox and the subscriptions', () => {
  it('opens what the inbox sealed before, with the same keyed hashes and fingerprint', () => {
    const inbox = createInboxCrypto(SECRET);
    const sealed = Buffer.from('7e530bc676b8dcd1afdfb9d492f8ef1ced0259b00bc6e984a5be7a3f1f31ee8e673fe4876007c3ed', 'hex');
    expect(inbox.open(sealed, 'message').toString('utf8')).toBe('她的消息');
    expect(() => inbox.open(sealed, 'openid')).toThrow();
    expect(inbox.senderKey('oOPENID')).toBe('3d5131b5bda4c40a5f5017700cdfc768dce096c08c61a8825227f306037c6c52');
    expect(inbox.key('msgid', '123')).toBe('dad64b640c08fdb7cd20609dceda1ae5d6acbf931fd094214482f01bee399e81');
    expect(inbox.fingerprint()).toBe('75582be46c2fd1dd837034cbc0d7c90b');
  });

  it('opens what the subscriptions sealed before, with the same keyed hash and fingerprint', () => {
    const subscriptions = createSubscriptionCrypto(SECRET);
    expect(subscriptions.open(Buffer.from('8f1814d7d2a81eba033391a9c20279324a6246c6c02692c1cb0552a5e23fc747229998', 'hex'))).toBe('oOPENID');
    expect(subscriptions.key('oOPENID')).toBe('a58a5cd3c6a14c666ec12091a230d741c529b9b0d14eb07ca57b4c54d3e86351');
    expect(subscriptions.fingerprint()).toBe('1cbb0070902409c74e53fa830069177e');
  });

  it('keeps the two stores apart: one secret gives each its own keys', () => {
    const inbox = createInboxCrypto(SECRET);
    const subscriptions = createSubscriptionCrypto(SECRET);
    expect(inbox.senderKey('oOPENID')).not.toBe(subscriptions.key('oOPENID'));
    expect(inbox.fingerprint()).not.toBe(subscriptions.fingerprint());
    expect(() => inbox.open(subscriptions.seal('oOPENID'), 'lotus-subscription-openid')).toThrow();
  });
});
