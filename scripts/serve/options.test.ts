// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isLoopback, parseDuration, parseOptions, type ServeOptions } from './options.mjs';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const OIDC = ['--auth', 'oidc', '--oidc-issuer', 'https://id.example.com', '--oidc-client-id', 'console', '--public-url', 'https://console.example.com'];

function parse(argv: string[], env: Record<string, string> = {}): ServeOptions {
  const o = parseOptions(argv, env);
  if ('help' in o) throw new Error('unexpected help');
  return o;
}

describe('--auth and where the server may listen', () => {
  it('defaults to no sign-in on loopback', () => {
    expect(parse([]).auth).toBe('none');
    expect(parse(['--host', '::1']).auth).toBe('none');
  });

  it('refuses to listen elsewhere without --auth oidc, saying why and what to pass', () => {
    for (const argv of [['--host', '0.0.0.0'], ['--host', '192.168.1.5', '--auth', 'none'], ['--public-url', 'https://console.example.com'], ['--allowed-host', 'console.lan']]) {
      expect(() => parseOptions(argv, {})).toThrow(/Refusing to start without sign-in: .*\n.*credentials.*\n.*--auth oidc with --oidc-issuer, --oidc-client-id, --session-secret and --public-url/);
    }
    expect(() => parseOptions([], { HOST: '0.0.0.0' })).toThrow(/--host 0\.0\.0\.0 is not a loopback address/);
  });

  it('--auth oidc needs an issuer, a client id, a session secret and the public URL', () => {
    expect(() => parseOptions(['--auth', 'oidc'], {})).toThrow('--auth oidc needs --oidc-issuer, --oidc-client-id, --session-secret, --public-url');
    expect(() => parseOptions(['--auth', 'ldap'], {})).toThrow(/"none" or "oidc"/);
  });

  it('takes every sign-in setting from flags or the environment', () => {
    const o = parse(['--host', '0.0.0.0', ...OIDC, '--allowed-emails', 'Alice@Example.com, @ops.example.com', '--allowed-host', 'console.internal:8443', '--allowed-host', 'b.internal', '--session-ttl', '30m', '--audit-log', '/var/log/iotc-audit.log'], {
      SESSION_SECRET: SECRET,
      SESSION_SECRET_PREVIOUS: `${SECRET}-old,${SECRET}-older`,
      OIDC_CLIENT_SECRET: 'cs',
      ALLOWED_GROUPS: 'iot-ops,admins',
    });
    expect(o.oidc).toEqual({ issuer: 'https://id.example.com', clientId: 'console', clientSecret: 'cs', scopes: 'openid email profile', allowedEmails: ['alice@example.com', '@ops.example.com'], allowedGroups: ['iot-ops', 'admins'] });
    expect(o.sessionSecrets).toEqual([SECRET, `${SECRET}-old`, `${SECRET}-older`]);
    expect(o.allowedHosts).toEqual(['console.internal:8443', 'b.internal']);
    expect(o.sessionTtlSeconds).toBe(1800);
    expect(o.auditLog).toBe('/var/log/iotc-audit.log');

    const fromEnv = parse([], { HOST: '0.0.0.0', AUTH: 'oidc', OIDC_ISSUER: 'https://id.example.com', OIDC_CLIENT_ID: 'c', SESSION_SECRET: SECRET, PUBLIC_URL: 'https://c.example.com', ALLOWED_HOSTS: 'x.internal', AUDIT_LOG: 'a.log', OIDC_SCOPES: 'openid email groups', SHUTDOWN_TIMEOUT: '3s' });
    expect(fromEnv).toMatchObject({ auth: 'oidc', publicUrl: 'https://c.example.com', allowedHosts: ['x.internal'], auditLog: 'a.log', shutdownTimeoutMs: 3000, oidc: { scopes: 'openid email groups', clientSecret: null } });
  });

  it('refuses weak or plain-http settings without echoing secrets', () => {
    expect(() => parseOptions(OIDC, { SESSION_SECRET: 'short-secret' })).toThrow(/at least 32 characters/);
    try {
      parseOptions(OIDC, { SESSION_SECRET: 'short-secret' });
    } catch (error) {
      expect(String(error)).not.toContain('short-secret');
    }
    expect(() => parseOptions([...OIDC, '--oidc-issuer', 'http://id.example.com'], { SESSION_SECRET: SECRET })).toThrow(/must be https/);
    expect(parse([...OIDC, '--oidc-issuer', 'http://127.0.0.1:9000'], { SESSION_SECRET: SECRET }).oidc?.issuer).toBe('http://127.0.0.1:9000');
  });

  it('lists every option in --help', () => {
    const o = parseOptions(['--help'], {});
    if (!('help' in o)) throw new Error('expected help');
    for (const flag of ['--auth', '--oidc-issuer', '--oidc-client-id', '--oidc-client-secret', '--oidc-scopes', '--allowed-emails', '--allowed-groups', '--session-secret', '--session-secret-previous', '--session-ttl', '--public-url', '--allowed-host', '--audit-log', '--shutdown-timeout']) {
      expect(o.help).toContain(flag);
    }
  });
});

describe('helpers', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', 'app.localhost', '::ffff:127.0.0.1']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', 'example.com', '128.0.0.1', 'localhost.example.com']) expect(isLoopback(h)).toBe(false);
  });

  it('parses durations', () => {
    expect([parseDuration('90', 'x'), parseDuration('30m', 'x'), parseDuration('8h', 'x'), parseDuration('1d', 'x'), parseDuration('1.5s', 'x')]).toEqual([90, 1800, 28800, 86400, 1.5]);
    expect(() => parseDuration('soon', '--session-ttl')).toThrow(/--session-ttl must be a duration/);
    expect(() => parseDuration('0', '--session-ttl')).toThrow();
  });
});
