// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allowedHostEntries, checkConsoleHeader, checkDeclaredBodySize, checkHost, checkPath, checkPreflight, checkSite, isOwnOrigin, MAX_BODY_BYTES } from './guards.mjs';

const loopback = allowedHostEntries({ host: '127.0.0.1', publicUrl: null, allowedHosts: [] }, 8080);
const team = allowedHostEntries({ host: '0.0.0.0', publicUrl: 'https://console.example.com', allowedHosts: ['console.internal:8443', 'ops.example.com'] }, 8080);

describe('Host allow-list', () => {
  it('accepts the listen address and localhost forms of it, on the listen port', () => {
    for (const host of ['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST:8080', '[::1]:8080']) expect(checkHost(host, loopback)).toBeNull();
  });

  it('refuses foreign names (DNS rebinding), other ports, and a missing or malformed Host with 421', () => {
    for (const host of ['attacker.example:8080', 'attacker.example', '127.0.0.1:9999', 'localhost', '127.0.0.1.nip.io:8080', 'a@127.0.0.1:8080', undefined, '']) {
      expect(checkHost(host, loopback)).toMatchObject({ status: 421, message: 'This request did not come from the console.' });
    }
  });

  it('accepts what --public-url and --allowed-host name, with or without the default port', () => {
    for (const host of ['console.example.com', 'console.example.com:443', 'Console.Example.com', 'console.internal:8443', 'ops.example.com', 'localhost:8080']) expect(checkHost(host, team)).toBeNull();
    for (const host of ['console.example.com:8443', 'console.internal', 'evil.example.com', '0.0.0.0:8080']) expect(checkHost(host, team)).not.toBeNull();
  });

  it('names no host for a wildcard listen address, but names a specific one', () => {
    const lan = allowedHostEntries({ host: '192.168.1.20', publicUrl: null, allowedHosts: [] }, 80);
    expect(checkHost('192.168.1.20', lan)).toBeNull();
    expect(checkHost('192.168.1.20:80', lan)).toBeNull();
    expect(checkHost('localhost', lan)).toBeNull();
    const v6 = allowedHostEntries({ host: '::1', publicUrl: null, allowedHosts: [] }, 8080);
    expect(checkHost('[::1]:8080', v6)).toBeNull();
  });
});

describe('Origin and Sec-Fetch-Site', () => {
  it('knows its own origins', () => {
    expect(isOwnOrigin('http://127.0.0.1:8080', loopback)).toBe(true);
    expect(isOwnOrigin('https://console.example.com', team)).toBe(true);
    for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1:9999', 'http://127.0.0.1:8080/path', 'file://', 'chrome-extension://abc']) expect(isOwnOrigin(origin, loopback)).toBe(false);
  });

  it('api: refuses a foreign Origin and anything but same-origin, lets headerless clients through', () => {
    expect(checkSite({ origin: 'http://127.0.0.1:8080', 'sec-fetch-site': 'same-origin' }, 'POST', 'api', loopback)).toBeNull();
    expect(checkSite({}, 'POST', 'api', loopback)).toBeNull();
    expect(checkSite({ origin: 'https://evil.example' }, 'POST', 'api', loopback)).toMatchObject({ status: 403 });
    expect(checkSite({ origin: 'null' }, 'POST', 'api', loopback)).toMatchObject({ status: 403 });
    for (const site of ['cross-site', 'same-site', 'none']) expect(checkSite({ 'sec-fetch-site': site }, 'GET', 'api', loopback)).toMatchObject({ status: 403 });
  });

  it('page: a typed address and a link from elsewhere open the console; cross-site subresources and posts do not', () => {
    const navigate = { 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' };
    expect(checkSite({ 'sec-fetch-site': 'none', ...navigate }, 'GET', 'page', loopback)).toBeNull();
    expect(checkSite({ 'sec-fetch-site': 'cross-site', ...navigate }, 'GET', 'page', loopback)).toBeNull();
    expect(checkSite({ 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' }, 'GET', 'page', loopback)).toBeNull();
    expect(checkSite({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' }, 'GET', 'page', loopback)).toMatchObject({ status: 403 });
    expect(checkSite({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'iframe' }, 'GET', 'page', loopback)).toMatchObject({ status: 403 });
    expect(checkSite({ 'sec-fetch-site': 'cross-site', origin: 'https://evil.example', ...navigate }, 'POST', 'page', loopback)).toMatchObject({ status: 403 });
  });
});

describe('the console header', () => {
  it('must be X-IOTC-Request: 1', () => {
    expect(checkConsoleHeader({ 'x-iotc-request': '1' })).toBeNull();
    expect(checkConsoleHeader({})).toMatchObject({ status: 403, message: 'This request did not come from the console.' });
    expect(checkConsoleHeader({ 'x-iotc-request': 'yes' })).toMatchObject({ status: 403 });
  });
});

describe('preflights', () => {
  it('refuses a foreign origin, answers our own (nothing is granted either way)', () => {
    expect(checkPreflight({ origin: 'https://evil.example', 'access-control-request-method': 'POST' }, loopback)).toMatchObject({ status: 403 });
    expect(checkPreflight({ origin: 'http://localhost:8080' }, loopback)).toBeNull();
  });
});

describe('paths', () => {
  it('refuses dot segments, encoded separators, NUL and non-path targets', () => {
    for (const target of ['/../etc/passwd', '/proxy/akamai/../../admin', '/a/%2e%2e/b', '/a/%2E%2E%2Fb', '/a/..%2f..%2fb', '/a/..%5cb', '/a/%00', '/a/%zz', 'http://evil.example/', '//evil.example/x', '*', '/a/./b']) {
      expect(checkPath(target)).toMatchObject({ status: 400 });
    }
  });

  it('lets ordinary paths and queries through', () => {
    for (const target of ['/', '/hubs/fr-par/abc', '/proxy/akamai/dcp-api/v1/namespaces?page=1&q=a%2Fb', '/assets/index-abc.js', '/a..b/c...d']) expect(checkPath(target)).toBeNull();
  });
});

describe('body size', () => {
  it('refuses a declared body over the limit before reading it', () => {
    expect(checkDeclaredBodySize({ 'content-length': String(MAX_BODY_BYTES + 1) })).toMatchObject({ status: 413 });
    expect(checkDeclaredBodySize({ 'content-length': String(MAX_BODY_BYTES) })).toBeNull();
    expect(checkDeclaredBodySize({})).toBeNull();
  });
});
