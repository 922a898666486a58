import { describe, expect, it } from 'vitest';
import { networkOf } from './clientAddress.ts';

describe('networkOf', () => {
  it('keeps IPv4 addresses, mapped ones included', () => {
    expect(networkOf('192.0.2.7')).toBe('192.0.2.7');
    expect(networkOf('::ffff:192.0.2.7')).toBe('192.0.2.7');
  });

  it('takes an IPv6 address as its /64, however it is written', () => {
    for (const address of ['2001:db8:0:1::1', '2001:0db8:0000:0001:ffff:0:0:2', '2001:db8::1:aaaa:bbbb:cccc:dddd']) {
      expect(networkOf(address), address).toBe('2001:db8:0:1::/64');
    }
    expect(networkOf('2001:db8:0:2::1')).toBe('2001:db8:0:2::/64');
    expect(networkOf('::1')).toBe('0:0:0:0::/64');
  });
});
