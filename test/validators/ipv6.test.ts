import { describe, expect, it } from 'vitest';
import { isIpv6Valid } from '../../src/validators/ipv6.js';

describe('isIpv6Valid', () => {
  it.each([
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', 'full form'],
    ['2001:db8::ff00:42:8329', 'compressed'],
    ['2001:db8::', 'trailing ::'],
    ['::1', 'loopback'],
    ['fe80::1c2b:3cff:fe4d:5e6f%en0', 'link-local with a zone'],
    ['fe80::1%25eth0', 'zone, percent-encoded in a URL (RFC 6874)'],
    ['::ffff:198.51.100.7', 'IPv4-mapped'],
    ['64:ff9b::192.0.2.33', 'NAT64 with an embedded IPv4'],
    ['1:2:3:4:5:6:192.0.2.1', 'six groups and an IPv4'],
    ['2001:DB8::A', 'upper case'],
  ])('accepts %s (%s)', (text) => {
    expect(isIpv6Valid(text)).toBe(true);
  });

  it.each([
    ['12:34:56', 'a time'],
    ['3c:22:fb:9a:1e:07', 'a MAC address'],
    ['1:2:3:4:5:6:7', 'seven groups without ::'],
    ['1:2:3:4:5:6:7:8:9', 'nine groups'],
    ['1::2::3', 'two ::'],
    ['1:2:3:4::5:6:7:8', ':: with eight groups'],
    ['2001:db8::1:', 'a trailing single colon'],
    ['12345::1', 'a five-digit group'],
    ['dead::beef', 'no decimal digit (an identifier in code)'],
    ['::', 'the unspecified address (no digit)'],
    ['::ffff:256.1.1.1', 'an IPv4 tail out of range'],
    ['::1%', 'an empty zone'],
  ])('rejects %s (%s)', (text) => {
    expect(isIpv6Valid(text)).toBe(false);
  });
});
