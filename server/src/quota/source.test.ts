import { describe, expect, it } from 'vitest';
import { addressRange } from './source';

describe('addressRange', () => {
  it('is the /24 of an IPv4 address, mapped or not, and the /48 of an IPv6 one, however written', () => {
    expect(addressRange('203.0.113.77')).toBe('203.0.113.0/24');
    expect(addressRange('::ffff:203.0.113.9')).toBe('203.0.113.0/24');
    expect(addressRange('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(addressRange('2001:0db8:abcd:0012:0000:0000:0000:0001')).toBe('2001:db8:abcd::/48');
    expect(addressRange('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(addressRange('::1')).toBe('0:0:0::/48');
  });
});
