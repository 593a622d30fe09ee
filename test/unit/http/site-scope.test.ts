import { describe, expect, it } from 'vitest';
import { RequestGuard } from '../../../src/http/request-guard.js';
import { isOnSite, isWebUrl, normalizeHost, siteHost } from '../../../src/http/site-scope.js';
import { NetworkError } from '../../../src/model/errors/network-error.js';
import { OffsiteUrlError } from '../../../src/model/errors/offsite-url-error.js';
import { PrivateNetworkError } from '../../../src/model/errors/private-network-error.js';

const none: ReadonlySet<string> = new Set();

describe('site hosts', () => {
  it.each([
    ['https://Careers.Example.COM/jobs', 'careers.example.com'],
    ['https://example.com./', 'example.com'],
    ['http://[::1]:8080/', '::1'],
    ['http://127.0.0.1:5432/', '127.0.0.1'],
  ])('%s is on host %s', (url, host) => {
    expect(siteHost(new URL(url))).toBe(host);
  });

  it('normalizes a host written by hand the same way', () => {
    expect(normalizeHost('[::1]')).toBe('::1');
    expect(normalizeHost('CDN.Example.com.')).toBe('cdn.example.com');
  });

  it.each([
    ['https://a.test/', true],
    ['http://a.test/', true],
    ['data:text/html,<h1>hi</h1>', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['ftp://a.test/file', false],
  ])('%s is a web URL: %s', (url, web) => {
    expect(isWebUrl(new URL(url))).toBe(web);
  });
});

describe('isOnSite', () => {
  const site = new URL('https://a.test/sitemap.xml');

  it.each([
    ['the same host and scheme', 'https://a.test/job/1', true],
    ['another port of the same host', 'https://a.test:8443/job/1', true],
    ['the host in other letters', 'https://A.TEST/job/1', true],
    ['the host with a trailing dot', 'https://a.test./job/1', true],
    ['another host', 'https://b.test/internal/admin', false],
    ['a subdomain', 'https://www.a.test/job/1', false],
    ['a parent domain', 'https://test/job/1', false],
    ['a host that merely ends the same', 'https://evila.test/job/1', false],
    ['the same host over http (a downgrade)', 'http://a.test/job/1', false],
  ])('%s: %s → %s', (_, url, on) => {
    expect(isOnSite(new URL(url), site, none)).toBe(on);
  });

  it('lets an http site move to https on the same host (an upgrade)', () => {
    expect(isOnSite(new URL('https://a.test/job'), new URL('http://a.test/sitemap.xml'), none)).toBe(true);
  });

  it('lets content lead to a host in allowHosts, in any letters, with either scheme', () => {
    const allow = new Set(['cdn.test', '[::2]']);
    expect(isOnSite(new URL('http://CDN.test/x'), site, allow)).toBe(true);
    expect(isOnSite(new URL('https://[::2]/x'), site, allow)).toBe(true);
    expect(isOnSite(new URL('https://img.cdn.test/x'), site, allow)).toBe(false);
  });

  it('compares IP literals as hosts', () => {
    const local = new URL('http://127.0.0.1:8080/sitemap.xml');
    expect(isOnSite(new URL('http://127.0.0.1:5432/'), local, none)).toBe(true);
    expect(isOnSite(new URL('http://127.0.0.2:8080/'), local, none)).toBe(false);
  });
});

describe('RequestGuard', () => {
  /** A guard whose lookup answers from a table and counts its calls. */
  function guardOf(
    table: Record<string, string[]>,
    extra: { allowHosts?: string[]; allowPrivate?: boolean } = {},
  ) {
    const calls: string[] = [];
    const guard = new RequestGuard({
      allowHosts: new Set(extra.allowHosts ?? []),
      allowPrivateNetworks: extra.allowPrivate ?? false,
      lookup: async (hostname) => {
        calls.push(hostname);
        const addresses = table[hostname];
        if (!addresses)
          throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
        return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      },
    });
    return { guard, calls };
  }
  const from = 'https://a.test/sitemap.xml';
  const content = (url: string, trustedOrigin = new URL(from).origin) => ({
    url: new URL(url),
    sites: [new URL(from)],
    trustedOrigin,
    from,
    source: 'test',
    method: 'GET' as const,
  });
  const trusted = (url: string) => ({
    url: new URL(url),
    sites: [],
    trustedOrigin: undefined,
    from: undefined,
    source: 'test',
    method: 'GET' as const,
  });

  it('refuses a scheme other than http(s) even for a URL the user set', async () => {
    const { guard } = guardOf({});
    const error = await guard.check(trusted('data:text/html,<h1>hi</h1>')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffsiteUrlError);
    expect(error).toMatchObject({ code: 'offsite_url', reason: 'scheme' });
  });

  it('lets a URL the user set reach a private address, without resolving it', async () => {
    const { guard, calls } = guardOf({ 'db.internal': ['10.0.0.5'] });
    await expect(guard.check(trusted('http://127.0.0.1:8080/'))).resolves.toBeUndefined();
    await expect(guard.check(trusted('http://db.internal/'))).resolves.toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('refuses content that leads to another site, before resolving anything', async () => {
    const { guard, calls } = guardOf({ 'b.test': ['93.184.216.34'] });
    const error = await guard.check(content('https://b.test/internal/admin')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffsiteUrlError);
    expect(error).toMatchObject({ reason: 'host', from: 'https://a.test/sitemap.xml' });
    expect(calls).toEqual([]);
  });

  it('lets content lead to a host in allowHosts when it resolves to a public address', async () => {
    const { guard } = guardOf({ 'cdn.test': ['93.184.216.34'] }, { allowHosts: ['cdn.test'] });
    await expect(guard.check(content('https://cdn.test/x'))).resolves.toBeUndefined();
  });

  it.each([
    ['10.0.0.1', ['10.0.0.1']],
    ['169.254.169.254', ['169.254.169.254']],
    ['fd00:ec2::254', ['fd00:ec2::254']],
    ['any private one among public ones', ['93.184.216.34', '192.168.0.7']],
  ])('refuses content whose host resolves to %s', async (_, addresses) => {
    const { guard } = guardOf({ 'cdn.test': addresses }, { allowHosts: ['cdn.test'] });
    const error = await guard.check(content('https://cdn.test/latest/meta-data/')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivateNetworkError);
    expect(error).toMatchObject({
      code: 'private_network',
      address: addresses.find((a) => a !== '93.184.216.34'),
    });
  });

  it('refuses the metadata service by name, and IP literals without a lookup', async () => {
    const { guard, calls } = guardOf({}, { allowHosts: ['metadata.google.internal', '169.254.169.254'] });
    await expect(
      guard.check(content('http://metadata.google.internal/computeMetadata/v1/')),
    ).rejects.toMatchObject({
      code: 'private_network',
      address: 'metadata.google.internal',
    });
    await expect(guard.check(content('http://169.254.169.254/latest/meta-data/'))).rejects.toMatchObject({
      address: '169.254.169.254',
    });
    expect(calls).toEqual([]);
  });

  it('trusts content on exactly the origin the user set, but not the same host on another port', async () => {
    const { guard, calls } = guardOf({});
    const origin = 'http://127.0.0.1:8080';
    const local = (url: string) => ({ ...content(url, origin), sites: [new URL(`${origin}/sitemap.xml`)] });
    await expect(guard.check(local('http://127.0.0.1:8080/job/1'))).resolves.toBeUndefined();
    await expect(guard.check(local('http://127.0.0.1:5432/'))).rejects.toMatchObject({
      code: 'private_network',
      address: '127.0.0.1',
    });
    await expect(guard.check(local('http://[::ffff:127.0.0.1]:8080/'))).rejects.toMatchObject({
      code: 'offsite_url',
    });
    expect(calls).toEqual([]);
  });

  it('lets content reach private addresses with allowPrivateNetworks, still on its site', async () => {
    const { guard } = guardOf({ 'a.test': ['10.0.0.1'] }, { allowPrivate: true });
    await expect(guard.check(content('https://a.test:8443/x'))).resolves.toBeUndefined();
    await expect(guard.check(content('https://b.test/x'))).rejects.toMatchObject({ code: 'offsite_url' });
  });

  it('resolves each host once for its life, and asks again after a failed lookup', async () => {
    const { guard, calls } = guardOf(
      { 'cdn.test': ['93.184.216.34'] },
      { allowHosts: ['cdn.test', 'gone.test'] },
    );
    await guard.check(content('https://cdn.test/1'));
    await guard.check(content('https://cdn.test/2'));
    expect(calls).toEqual(['cdn.test']);
    const error = await guard.check(content('https://gone.test/1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect((error as Error).message).toContain('ENOTFOUND');
    await guard.check(content('https://gone.test/2')).catch(() => undefined);
    expect(calls).toEqual(['cdn.test', 'gone.test', 'gone.test']);
  });
});
