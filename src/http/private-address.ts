// Which IP addresses belong to the network the crawler runs in rather than to the public internet:
// loopback, private, carrier-grade NAT, link-local (where cloud metadata services answer), unique-local
// IPv6, "this network", and the IPv6 forms that carry one of those IPv4 addresses inside them. A crawler
// that content can steer must not reach them.
import { isIP } from 'node:net';

/** An IPv4 range as its first address (a 32-bit number) and prefix length. */
interface Ipv4Range {
  base: number;
  bits: number;
}

const ipv4Range = (dotted: string, bits: number): Ipv4Range => ({ base: ipv4Number(dotted) ?? 0, bits });

// 169.254.0.0/16 holds the cloud metadata address 169.254.169.254.
const PRIVATE_IPV4: readonly Ipv4Range[] = [
  ipv4Range('0.0.0.0', 8),
  ipv4Range('10.0.0.0', 8),
  ipv4Range('100.64.0.0', 10),
  ipv4Range('127.0.0.0', 8),
  ipv4Range('169.254.0.0', 16),
  ipv4Range('172.16.0.0', 12),
  ipv4Range('192.168.0.0', 16),
];

/**
 * Returns true when `address` (an IPv4 or IPv6 literal, brackets allowed) is loopback, private (10/8,
 * 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), link-local (169.254/16, fe80::/10),
 * unique-local (fc00::/7, which holds AWS's metadata address fd00:ec2::254), unspecified (0.0.0.0/8,
 * ::) or IPv4 inside IPv6 (::ffff:a.b.c.d and the like) pointing at one of those. Anything that is not
 * an IP literal is false: resolve a host name first.
 *
 * @example isPrivateAddress('169.254.169.254') // true
 * @example isPrivateAddress('::ffff:10.0.0.1') // true
 * @example isPrivateAddress('8.8.8.8') // false
 */
export function isPrivateAddress(address: string): boolean {
  const literal = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(literal);
  if (family === 4) return isPrivateIpv4(ipv4Number(literal) ?? 0);
  if (family === 6) return isPrivateIpv6(ipv6Groups(literal));
  return false;
}

function isPrivateIpv4(value: number): boolean {
  return PRIVATE_IPV4.some(({ base, bits }) => value >>> (32 - bits) === base >>> (32 - bits));
}

function isPrivateIpv6(groups: readonly number[]): boolean {
  const [first = 0] = groups;
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique-local
  // An IPv4 address carried in the last 32 bits reaches that IPv4 host: mapped (::ffff:0:0/96), the
  // old compatible form (::/96, which also covers :: and ::1) and NAT64's well-known prefix (64:ff9b::/96).
  const zeroFrom = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const carriesIpv4 =
    zeroFrom(0, 6) ||
    (zeroFrom(0, 5) && groups[5] === 0xffff) ||
    (groups[0] === 0x64 && groups[1] === 0xff9b && zeroFrom(2, 6));
  if (!carriesIpv4) return false;
  const low = (((groups[6] ?? 0) << 16) | (groups[7] ?? 0)) >>> 0;
  return isPrivateIpv4(low);
}

// A dotted quad as an unsigned 32-bit number; undefined when it is not one.
function ipv4Number(dotted: string): number | undefined {
  const parts = dotted.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    const byte = Number(part);
    if (!Number.isInteger(byte) || byte < 0 || byte > 255) return undefined;
    value = value * 256 + byte;
  }
  return value;
}

// The eight 16-bit groups of a valid IPv6 literal ("::" expanded, a dotted IPv4 tail split in two, a
// zone such as %eth0 dropped).
function ipv6Groups(literal: string): number[] {
  let text = literal.split('%')[0] ?? literal;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const value = ipv4Number(tail) ?? 0;
    text = `${text.slice(0, lastColon + 1)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [left = '', right] = text.split('::');
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const head = parse(left);
  if (right === undefined) return head;
  const rest = parse(right);
  return [...head, ...new Array<number>(8 - head.length - rest.length).fill(0), ...rest];
}
