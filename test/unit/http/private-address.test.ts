import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../../src/http/private-address.js';

/** The IPv4 ranges that belong to the crawler's own network, as [first address, prefix length]. */
const PRIVATE_V4: readonly [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
];

const toNumber = (dotted: string) => dotted.split('.').reduce((value, byte) => value * 256 + Number(byte), 0);
const toDotted = (value: number) =>
  [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
const inPrivateV4 = (value: number) =>
  PRIVATE_V4.some(
    ([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === toNumber(base) / 2 ** (32 - bits),
  );

const privateV4 = fc
  .constantFrom(...PRIVATE_V4)
  .chain(([base, bits]) =>
    fc.integer({ min: 0, max: 2 ** (32 - bits) - 1 }).map((offset) => toDotted(toNumber(base) + offset)),
  );
const publicV4 = fc
  .integer({ min: 0, max: 2 ** 32 - 1 })
  .filter((value) => !inPrivateV4(value))
  .map(toDotted);
const group = fc.integer({ min: 0, max: 0xffff });
const v6 = (first: fc.Arbitrary<number>) =>
  fc
    .tuple(first, fc.array(group, { minLength: 7, maxLength: 7 }))
    .map(([head, rest]) => [head, ...rest].map((g) => g.toString(16)).join(':'));
// URL parsing writes an IPv6 host in its shortest form ('fe80::1'); both spellings must be classified.
const shortest = (address: string) => new URL(`http://[${address}]/`).hostname.slice(1, -1);

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '100.127.255.255',
    '169.254.169.254',
    '0.0.0.0',
    '::1',
    '::',
    '[::1]',
    'fe80::1',
    'febf:ffff::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:a00:1',
    '::127.0.0.1',
    '64:ff9b::a00:1',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '169.253.255.255',
    '11.0.0.0',
    '2001:4860:4860::8888',
    '2606:4700::1111',
    'fec0::1',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    'localhost',
    'metadata.google.internal',
    'not an address',
  ])('lets %s through (host names are resolved before they get here)', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('refuses every IPv4 address in a private range, and its IPv4-mapped IPv6 form', () => {
    fc.assert(
      fc.property(privateV4, (address) => {
        expect(isPrivateAddress(address)).toBe(true);
        expect(isPrivateAddress(`::ffff:${address}`)).toBe(true);
        expect(isPrivateAddress(shortest(`::ffff:${address}`))).toBe(true);
      }),
    );
  });

  it('lets every other IPv4 address through, and its IPv4-mapped IPv6 form', () => {
    fc.assert(
      fc.property(publicV4, (address) => {
        expect(isPrivateAddress(address)).toBe(false);
        expect(isPrivateAddress(`::ffff:${address}`)).toBe(false);
      }),
    );
  });

  it('refuses every link-local (fe80::/10) and unique-local (fc00::/7) IPv6 address', () => {
    const linkLocal = v6(fc.integer({ min: 0xfe80, max: 0xfebf }));
    const uniqueLocal = v6(fc.integer({ min: 0xfc00, max: 0xfdff }));
    fc.assert(
      fc.property(fc.oneof(linkLocal, uniqueLocal), (address) => {
        expect(isPrivateAddress(address)).toBe(true);
        expect(isPrivateAddress(shortest(address))).toBe(true);
      }),
    );
  });

  it('lets every global unicast IPv6 address (2000::/3) through', () => {
    fc.assert(
      fc.property(v6(fc.integer({ min: 0x2000, max: 0x3fff })), (address) => {
        expect(isPrivateAddress(address)).toBe(false);
        expect(isPrivateAddress(shortest(address))).toBe(false);
      }),
    );
  });
});
