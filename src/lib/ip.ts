/**
 * IPv4/IPv6 addresses and CIDR subnets: parsing, validation with messages a
 * person can act on, canonical formatting and subnet membership. Pure and
 * total: every exported function returns a value for any input (including
 * non-strings) and never throws.
 *
 * Accepted syntax (what Scaleway and HAProxy accept, minus the ambiguous):
 * - IPv4: dotted quad, decimal, no leading zeros ("010.0.0.1" reads as octal
 *   in some tools and decimal in others, so it is refused).
 * - IPv6: RFC 4291 text form, with at most one "::" and an optional trailing
 *   dotted IPv4 ("::ffff:192.0.2.1"). No zone index ("%eth0"), no brackets,
 *   no port.
 * - CIDR: address "/" prefix length (0-32 or 0-128, decimal, no leading zeros).
 */
export type IpVersion = 4 | 6;

export interface ParsedIp {
  version: IpVersion;
  /** The address as an unsigned integer (32 or 128 bits). */
  value: bigint;
}

export interface ParsedCidr {
  version: IpVersion;
  /** The network address: host bits cleared. */
  network: bigint;
  prefix: number;
  /** The text had host bits set ("10.0.0.1/8"): valid, but it means 10.0.0.0/8. */
  hostBitsSet: boolean;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };
const IPV4_MAPPED_PREFIX = 0xffffn << 32n;

function describe(text: string): string {
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`;
}

export function parseIPv4(input: unknown): Parsed<bigint> {
  if (typeof input !== 'string') return fail('Not text');
  const text = input;
  if (text === '') return fail('Empty address');
  if (/\s/.test(text)) return fail('Contains spaces');
  const parts = text.split('.');
  if (parts.length !== 4) {
    if (parts.length === 2 && /^\d+$/.test(parts[0] ?? '') && /^\d+$/.test(parts[1] ?? '') && text.includes(':')) return fail('Remove the port');
    return fail(`An IPv4 address has 4 numbers separated by dots (found ${parts.length})`);
  }
  let value = 0n;
  for (let i = 0; i < 4; i++) {
    const part = parts[i] ?? '';
    if (part === '') return fail(`Number ${i + 1} is missing`);
    if (!/^\d+$/.test(part)) {
      if (/^\d+:\d+$/.test(part) && i === 3) return fail('Remove the port (":…" after the address)');
      return fail(`Number ${i + 1} (${describe(part)}) is not a decimal number`);
    }
    if (part.length > 1 && part.startsWith('0')) return fail(`Number ${i + 1} (${part}) has a leading zero, which some tools read as octal`);
    if (part.length > 3 || Number(part) > 255) return fail(`Number ${i + 1} (${part}) is out of range 0–255`);
    value = (value << 8n) | BigInt(Number(part));
  }
  return ok(value);
}

export function parseIPv6(input: unknown): Parsed<bigint> {
  if (typeof input !== 'string') return fail('Not text');
  const text = input;
  if (text === '') return fail('Empty address');
  if (/\s/.test(text)) return fail('Contains spaces');
  if (text.startsWith('[')) return fail('Remove the brackets (and any port)');
  if (text.includes('%')) return fail('Zone indexes ("%eth0") are not allowed');
  const doubleColons = text.split('::').length - 1;
  if (doubleColons > 1) return fail('"::" may appear only once');
  if (/:::/.test(text)) return fail('Too many colons in a row');

  // A trailing dotted IPv4 stands for the last two groups.
  let tail: bigint | null = null;
  let body = text;
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    const v4 = parseIPv4(last);
    if (!v4.ok) return fail(`Embedded IPv4 ${describe(last)}: ${lowerFirst(v4.error)}`);
    tail = v4.value;
    body = text.slice(0, lastColon + 1);
    // "::1.2.3.4" leaves "::", "64:ff9b::1.2.3.4" leaves "64:ff9b::", "1:…:6:1.2.3.4" leaves "1:…:6:".
    if (body.endsWith(':') && !body.endsWith('::')) body = body.slice(0, -1);
  }
  const groupsNeeded = tail === null ? 8 : 6;

  const parseGroups = (segment: string): Parsed<bigint[]> => {
    if (segment === '') return ok([]);
    const groups: bigint[] = [];
    for (const g of segment.split(':')) {
      if (g === '') return fail('Empty group (a single ":" at the start or end, or ":" twice where "::" was meant)');
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) {
        return fail(g.length > 4 && /^[0-9a-fA-F]+$/.test(g) ? `Group ${describe(g)} has more than 4 hex digits` : `Group ${describe(g)} is not hexadecimal`);
      }
      groups.push(BigInt(parseInt(g, 16)));
    }
    return ok(groups);
  };

  let groups: bigint[];
  if (doubleColons === 1) {
    const [headText = '', tailText = ''] = body.split('::');
    const head = parseGroups(headText);
    if (!head.ok) return head;
    const rest = parseGroups(tailText);
    if (!rest.ok) return rest;
    const missing = groupsNeeded - head.value.length - rest.value.length;
    if (missing < 1) return fail(`Too many groups for "::" to stand for (an IPv6 address has 8 groups of 16 bits)`);
    groups = [...head.value, ...Array.from({ length: missing }, () => 0n), ...rest.value];
  } else {
    const all = parseGroups(body);
    if (!all.ok) return all;
    if (all.value.length !== groupsNeeded) {
      return fail(`An IPv6 address has 8 groups of up to 4 hex digits (found ${all.value.length + (tail === null ? 0 : 2)}); use "::" to shorten zeros`);
    }
    groups = all.value;
  }
  let value = 0n;
  for (const g of groups) value = (value << 16n) | g;
  if (tail !== null) value = (value << 32n) | tail;
  return ok(value);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** An IPv4 or IPv6 address, chosen by the presence of ":". */
export function parseIp(input: unknown): Parsed<ParsedIp> {
  if (typeof input !== 'string') return fail('Not text');
  const text = input.trim();
  if (text === '') return fail('Empty entry');
  if (text.includes('/')) return fail('Enter an address without a "/prefix"');
  const colons = (text.match(/:/g) ?? []).length;
  // "1.2.3.4:80" is an IPv4 with a port, not an IPv6.
  if (colons === 1 && /^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) return fail('Remove the port (":…" after the address)');
  if (colons > 0) {
    const v6 = parseIPv6(text);
    return v6.ok ? ok({ version: 6, value: v6.value }) : fail(`Not a valid IPv6 address: ${lowerFirst(v6.error)}`);
  }
  const labels = text.split('.');
  // "api.internal" is a host name; "10.a.0.1" is an IPv4 with a typo, and deserves the precise message.
  if (labels.length > 1 && /^[a-z][a-z0-9-]*$/i.test(labels.at(-1) ?? '') && labels.every((l) => /^[a-z0-9-]+$/i.test(l))) {
    return fail('Host names are not accepted: enter an IP address');
  }
  if (labels.length > 1 || /^\d+$/.test(text)) {
    const v4 = parseIPv4(text);
    return v4.ok ? ok({ version: 4, value: v4.value }) : fail(`Not a valid IPv4 address: ${lowerFirst(v4.error)}`);
  }
  return fail('Not an IPv4 or IPv6 address');
}

function parsePrefix(text: string, version: IpVersion): Parsed<number> {
  if (!/^\d+$/.test(text)) return fail(`The prefix length ${describe(text)} is not a number`);
  if (text.length > 1 && text.startsWith('0')) return fail(`The prefix length (${text}) has a leading zero`);
  const n = Number(text);
  if (n > BITS[version]) return fail(`The prefix length /${text} is longer than ${BITS[version]} bits for IPv${version}`);
  return ok(n);
}

function mask(version: IpVersion, prefix: number): bigint {
  const bits = BigInt(BITS[version]);
  const all = (1n << bits) - 1n;
  return prefix === 0 ? 0n : (all >> (bits - BigInt(prefix))) << (bits - BigInt(prefix));
}

/** "10.0.0.0/8", "2001:db8::/32". A bare address is refused here: see parseIpOrCidr. */
export function parseCidr(input: unknown): Parsed<ParsedCidr> {
  if (typeof input !== 'string') return fail('Not text');
  const text = input.trim();
  const slash = text.indexOf('/');
  if (slash < 0) return fail('A subnet needs a "/prefix" (e.g. 10.0.0.0/8)');
  if (text.indexOf('/', slash + 1) >= 0) return fail('Only one "/" is allowed');
  const address = parseIp(text.slice(0, slash));
  if (!address.ok) return fail(address.error);
  const prefix = parsePrefix(text.slice(slash + 1), address.value.version);
  if (!prefix.ok) return fail(prefix.error);
  const m = mask(address.value.version, prefix.value);
  const network = address.value.value & m;
  return ok({ version: address.value.version, network, prefix: prefix.value, hostBitsSet: network !== address.value.value });
}

/** An address (as a /32 or /128) or a subnet. */
export function parseIpOrCidr(input: unknown): Parsed<ParsedCidr> {
  if (typeof input !== 'string') return fail('Not text');
  if (input.includes('/')) return parseCidr(input);
  const address = parseIp(input);
  if (!address.ok) return fail(address.error);
  return ok({ version: address.value.version, network: address.value.value, prefix: BITS[address.value.version], hostBitsSet: false });
}

/** The IPv4 an IPv4-mapped IPv6 address (::ffff:a.b.c.d) stands for, if it is one. */
export function unmapIPv4(ip: ParsedIp): ParsedIp {
  if (ip.version === 6 && ip.value >> 32n === 0xffffn) return { version: 4, value: ip.value & 0xffffffffn };
  return ip;
}

/**
 * Whether `ip` lies in `subnet`. IPv4 and IPv4-mapped IPv6 are the same
 * address (as HAProxy compares them): 192.0.2.1 is in ::ffff:192.0.2.0/120
 * and ::ffff:192.0.2.1 is in 192.0.2.0/24.
 */
export function ipInSubnet(ip: ParsedIp, subnet: ParsedCidr): boolean {
  if (ip.version === subnet.version) return (ip.value & mask(subnet.version, subnet.prefix)) === subnet.network;
  if (ip.version === 4 && subnet.version === 6) {
    const mapped = IPV4_MAPPED_PREFIX | ip.value;
    return (mapped & mask(6, subnet.prefix)) === subnet.network;
  }
  const unmapped = unmapIPv4(ip);
  return unmapped.version === 4 && (unmapped.value & mask(4, subnet.prefix)) === subnet.network;
}

export function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
}

/** RFC 5952: lower case, no leading zeros, the longest run (2+ groups) of zeros as "::". */
export function formatIPv6(value: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt((7 - i) * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength && j - i >= 2) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatIp(ip: ParsedIp): string {
  return ip.version === 4 ? formatIPv4(ip.value) : formatIPv6(ip.value);
}

export function formatCidr(cidr: ParsedCidr): string {
  return `${formatIp({ version: cidr.version, value: cidr.network })}/${cidr.prefix}`;
}

/** The message to show at a field, or null when the address is valid. */
export function validateIp(input: unknown): string | null {
  const parsed = parseIp(input);
  return parsed.ok ? null : parsed.error;
}

export function validateIpOrCidr(input: unknown): string | null {
  const parsed = parseIpOrCidr(input);
  return parsed.ok ? null : parsed.error;
}

export function isValidIp(input: unknown): boolean {
  return parseIp(input).ok;
}

export interface ListEntry {
  value: string;
  /** 1-based line of the entry in the text it came from. */
  line: number;
}

/** Splits user text into entries: one per line, or separated by commas or spaces; blank lines are skipped. */
export function splitList(input: unknown): ListEntry[] {
  if (typeof input !== 'string') return [];
  const out: ListEntry[] = [];
  input.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const value of line.split(/[\s,;]+/)) if (value !== '') out.push({ value, line: i + 1 });
  });
  return out;
}

/**
 * Lists come from forms and pasted JSON, so an entry can be anything. String()
 * throws on objects without a usable toString (`{toString: 0}`, null-prototype),
 * and a validator must report, not crash.
 */
function entryText(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  try {
    return String(entry);
  } catch {
    return Object.prototype.toString.call(entry);
  }
}

export interface ListProblem {
  /** 0-based position in the list. */
  index: number;
  value: string;
  message: string;
}

/**
 * Validates every entry of a list (server IPs, ACL subnets) and says which
 * entry is wrong and why. Duplicates are reported at their second occurrence.
 */
export function validateIpList(entries: readonly unknown[], options: { allowCidr?: boolean } = {}): ListProblem[] {
  const problems: ListProblem[] = [];
  if (!Array.isArray(entries)) return problems;
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const value = entryText(entry);
    const parsed = options.allowCidr ? parseIpOrCidr(value) : parseIp(value);
    if (!parsed.ok) {
      problems.push({ index, value, message: parsed.error });
      return;
    }
    const key = 'network' in parsed.value ? formatCidr(parsed.value) : formatIp(parsed.value);
    const first = seen.get(key);
    if (first !== undefined) problems.push({ index, value, message: `Duplicate of entry ${first + 1}` });
    else seen.set(key, index);
  });
  return problems;
}
