import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCidr,
  formatIp,
  formatIPv6,
  ipInSubnet,
  parseCidr,
  parseIp,
  parseIpOrCidr,
  parseIPv4,
  parseIPv6,
  splitList,
  validateIp,
  validateIpList,
  validateIpOrCidr,
  type ParsedCidr,
  type ParsedIp,
} from './ip';

const ip = (text: string): ParsedIp => {
  const p = parseIp(text);
  if (!p.ok) throw new Error(`${text}: ${p.error}`);
  return p.value;
};
const cidr = (text: string): ParsedCidr => {
  const p = parseIpOrCidr(text);
  if (!p.ok) throw new Error(`${text}: ${p.error}`);
  return p.value;
};

describe('IPv4', () => {
  it.each(['0.0.0.0', '10.0.0.1', '192.168.1.254', '255.255.255.255'])('accepts %s', (text) => {
    expect(parseIPv4(text).ok).toBe(true);
    expect(formatIp(ip(text))).toBe(text);
  });

  it.each([
    ['10.0.0', 'found 3'],
    ['10.0.0.0.1', 'found 5'],
    ['10.0.0.256', 'Number 4 (256) is out of range 0–255'],
    ['10.0.300.1', 'Number 3 (300) is out of range'],
    ['10.01.0.1', 'leading zero'],
    ['10..0.1', 'Number 2 is missing'],
    ['10.a.0.1', 'not a decimal number'],
    ['10.0.0.1:80', 'Remove the port'],
    ['-1.0.0.1', 'not a decimal number'],
  ])('refuses %s (%s)', (text, message) => {
    const v = validateIp(text);
    expect(v).not.toBeNull();
    expect(v?.toLowerCase()).toContain(message.toLowerCase());
  });
});

describe('IPv6', () => {
  it.each([
    ['::', '::'],
    ['::1', '::1'],
    ['2001:db8::1', '2001:db8::1'],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['fe80::1:0:0:0:1', 'fe80:0:0:1::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
    ['1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:102:304'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
  ])('accepts %s and formats it as %s (RFC 5952)', (text, canonical) => {
    expect(parseIPv6(text).ok).toBe(true);
    expect(formatIp(ip(text))).toBe(canonical);
  });

  it.each([
    ['2001:db8::1::2', '"::" may appear only once'],
    ['2001:db8:::1', 'Too many colons'],
    ['1:2:3:4:5:6:7:8:9', 'found 9'],
    ['1:2:3:4:5:6:7', 'found 7'],
    ['1:2:3:4:5:6:7:8::', 'Too many groups'],
    ['2001:db8::g', 'not hexadecimal'],
    ['2001:db8::12345', 'more than 4 hex digits'],
    ['fe80::1%eth0', 'Zone indexes'],
    ['[2001:db8::1]', 'brackets'],
    ['[2001:db8::1]:443', 'brackets'],
    [':1:2:3:4:5:6:7', 'Empty group'],
    ['::ffff:192.0.2.300', 'Embedded IPv4'],
  ])('refuses %s (%s)', (text, message) => {
    expect(validateIp(text)?.toLowerCase()).toContain(message.toLowerCase());
  });
});

describe('addresses in general', () => {
  it('explains what is wrong with things that are not addresses', () => {
    expect(validateIp('')).toBe('Empty entry');
    expect(validateIp('   ')).toBe('Empty entry');
    expect(validateIp('backend.internal')).toContain('Host names are not accepted');
    expect(validateIp('10.0.0.0/8')).toContain('without a "/prefix"');
    expect(validateIp('hello')).toBe('Not an IPv4 or IPv6 address');
    expect(validateIp('10.a.0.1')).toContain('number 2 ("a") is not a decimal number');
  });

  it('trims surrounding spaces', () => {
    expect(validateIp(' 10.0.0.1 ')).toBeNull();
  });
});

describe('CIDR', () => {
  it('parses subnets, clears host bits and says so', () => {
    const a = parseCidr('10.1.2.3/8');
    expect(a.ok && a.value.hostBitsSet).toBe(true);
    expect(a.ok && formatCidr(a.value)).toBe('10.0.0.0/8');
    const b = parseCidr('2001:db8:abcd::/48');
    expect(b.ok && b.value.hostBitsSet).toBe(false);
    expect(b.ok && formatCidr(b.value)).toBe('2001:db8:abcd::/48');
    expect(parseCidr('0.0.0.0/0').ok).toBe(true);
    expect(parseCidr('::/0').ok).toBe(true);
  });

  it.each([
    ['10.0.0.0/33', 'longer than 32 bits'],
    ['2001:db8::/129', 'longer than 128 bits'],
    ['10.0.0.0/', 'is not a number'],
    ['10.0.0.0/08', 'leading zero'],
    ['10.0.0.0/8/9', 'Only one "/"'],
    ['10.0.0/8', 'found 3'],
  ])('refuses %s (%s)', (text, message) => {
    expect(validateIpOrCidr(text)?.toLowerCase()).toContain(message.toLowerCase());
  });

  it('treats a bare address as a single-host subnet', () => {
    expect(cidr('192.0.2.7').prefix).toBe(32);
    expect(cidr('2001:db8::7').prefix).toBe(128);
  });
});

describe('ipInSubnet', () => {
  it.each([
    // matches within the prefix only
    ['10.20.30.40', '10.0.0.0/8', true],
    ['11.0.0.1', '10.0.0.0/8', false],
    ['192.168.1.255', '192.168.1.0/24', true],
    ['192.168.2.0', '192.168.1.0/24', false],
    ['203.0.113.5', '0.0.0.0/0', true],
    ['203.0.113.5', '203.0.113.5', true],
    ['203.0.113.6', '203.0.113.5', false],
    // matches IPv6 subnets, including odd prefix lengths
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48', true],
    ['2001:db8:abce::1', '2001:db8:abcd::/48', false],
    ['2001:db8::8000:0', '2001:db8::8000:0/97', true],
    ['2001:db8::7fff:ffff', '2001:db8::8000:0/97', false],
    ['fe80::1', '::/0', true],
    // treats IPv4 and IPv4-mapped IPv6 as the same address, in both directions
    ['192.0.2.1', '::ffff:192.0.2.0/120', true],
    ['192.0.3.1', '::ffff:192.0.2.0/120', false],
    ['::ffff:192.0.2.1', '192.0.2.0/24', true],
    ['::ffff:192.0.3.1', '192.0.2.0/24', false],
    // A plain IPv6 never matches an IPv4 subnet, and an IPv4 never matches a non-mapped IPv6 subnet.
    ['2001:db8::1', '0.0.0.0/0', false],
    ['10.0.0.1', '2001:db8::/32', false],
  ] as const)('%s in %s: %s', (address, subnet, inside) => {
    expect(ipInSubnet(ip(address), cidr(subnet))).toBe(inside);
  });
});

describe('lists', () => {
  it('splits on lines, commas and spaces, remembering the line', () => {
    expect(splitList('10.0.0.1\n\n10.0.0.2, 10.0.0.3\r\n  2001:db8::1  ')).toEqual([
      { value: '10.0.0.1', line: 1 },
      { value: '10.0.0.2', line: 3 },
      { value: '10.0.0.3', line: 3 },
      { value: '2001:db8::1', line: 4 },
    ]);
  });

  it('points to the exact bad entry and to duplicates', () => {
    expect(validateIpList(['10.0.0.1', '10.0.0.300', '2001:db8::1', '2001:DB8:0::1', 'fe80::1%eth0'])).toEqual([
      { index: 1, value: '10.0.0.300', message: expect.stringContaining('number 4 (300)') },
      { index: 3, value: '2001:DB8:0::1', message: 'Duplicate of entry 3' },
      { index: 4, value: 'fe80::1%eth0', message: expect.stringContaining('zone indexes') },
    ]);
    expect(validateIpList(['10.0.0.0/8', '10.1.0.0/8'], { allowCidr: true })).toEqual([{ index: 1, value: '10.1.0.0/8', message: 'Duplicate of entry 1' }]);
  });

  it('reports, rather than throws on, entries that cannot become text', () => {
    const problems = validateIpList([{ toString: 0 }, Object.create(null), '10.0.0.1']);
    expect(problems.map((p) => p.index)).toEqual([0, 1]);
    expect(problems[0]?.value).toBe('[object Object]');
  });
});

describe('never throws', () => {
  const any = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF:./%[] ') }), fc.anything());
  it('on arbitrary input', () => {
    fc.assert(
      fc.property(any, (input) => {
        validateIp(input);
        validateIpOrCidr(input);
        parseIPv6(input);
        parseIPv4(input);
        splitList(input);
        validateIpList([input], { allowCidr: true });
      }),
    );
  });

  it('round-trips every IPv4 and IPv6 through format and parse', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }), (value) => {
        const text = formatIp({ version: 4, value });
        expect(parseIp(text)).toEqual({ ok: true, value: { version: 4, value } });
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (value) => {
        const text = formatIPv6(value);
        expect(parseIp(text)).toEqual({ ok: true, value: { version: 6, value } });
      }),
    );
  });

  it('agrees with the platform URL parser on which IPv6 addresses are valid', () => {
    fc.assert(
      fc.property(fc.ipV6(), (text) => {
        expect(validateIp(text)).toBeNull();
        expect(formatIp(ip(text))).toBe(new URL(`http://[${text}]/`).hostname.slice(1, -1));
      }),
    );
  });
});
