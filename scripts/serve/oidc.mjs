// @ts-check
/**
 * Sign-in with OpenID Connect: authorization code with PKCE, through openid-client (a
 * certified relying-party library: discovery, state/nonce/PKCE checks, ID token validation).
 * Nothing is kept on the server: the login transaction and the session both live in sealed
 * cookies (session.mjs), so any instance behind a load balancer can finish a sign-in that
 * another one started.
 */
import * as client from 'openid-client';
import { isLoopback } from './options.mjs';
import { sendPage } from './pages.mjs';
import { cookieHeader, cookieNames, parseCookies, seal, sessionKeys, unseal } from './session.mjs';

/** @typedef {import('./options.mjs').ServeOptions} ServeOptions */
/** @typedef {import('./options.mjs').OidcOptions} OidcOptions */
/** @typedef {import('./session.mjs').SessionUser} SessionUser */
/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {{ sub: string, email?: unknown, email_verified?: unknown, name?: unknown, groups?: unknown }} Identity */

const SESSION = 'session';
const SIGN_IN = 'sign-in';
const SIGN_IN_TTL_SECONDS = 600;
const RETRY_MAX_MS = 30_000;

/**
 * Whether a signed-in person may use the console. Either list admits; with neither, anyone
 * the provider signs in may. An e-mail counts only when the provider has not marked it unverified.
 * @param {Identity} identity @param {Pick<OidcOptions, 'allowedEmails' | 'allowedGroups'>} rules
 * @returns {{ ok: true } | { ok: false, why: string }}
 */
export function admit(identity, rules) {
  if (rules.allowedEmails.length === 0 && rules.allowedGroups.length === 0) return { ok: true };
  const email = typeof identity.email === 'string' && identity.email_verified !== false ? identity.email.toLowerCase() : null;
  if (email && rules.allowedEmails.some((allowed) => allowed === email || (allowed.startsWith('@') && email.endsWith(allowed)))) return { ok: true };
  const groups = Array.isArray(identity.groups) ? identity.groups : typeof identity.groups === 'string' ? [identity.groups] : [];
  if (groups.some((g) => rules.allowedGroups.includes(String(g)))) return { ok: true };
  const who = typeof identity.email === 'string' ? identity.email : `the account ${identity.sub}`;
  return { ok: false, why: `${who} is not in the allowed e-mail addresses or groups` };
}

/**
 * Where to go after signing in: a path on this site only (never "//host" or a URL), so the
 * parameter cannot be turned into an open redirect.
 * @param {string | null} value
 */
export function safeReturnTo(value) {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20)) return '/';
  if (value.startsWith('/auth/') && value !== '/auth/signed-in') return '/';
  return value;
}

/**
 * @param {ServeOptions} options with auth 'oidc'
 * @param {{ log: (line: string) => void, securityHeaders: Record<string, string> }} deps
 */
export function createOidcAuth(options, deps) {
  const oidc = /** @type {OidcOptions} */ (options.oidc);
  const publicOrigin = new URL(/** @type {string} */ (options.publicUrl)).origin;
  const redirectUri = `${publicOrigin}/auth/callback`;
  const secure = publicOrigin.startsWith('https:');
  const names = cookieNames(secure);
  const keys = sessionKeys(options.sessionSecrets);
  const issuer = new URL(oidc.issuer);

  /** @type {client.Configuration | null} */
  let config = null;
  let problem = `Discovering the sign-in provider at ${issuer.origin}…`;
  /** @type {NodeJS.Timeout | undefined} */
  let retry;
  let closed = false;

  // The provider may still be starting (or briefly down): keep trying, /readyz says why meanwhile.
  const discover = async (/** @type {number} */ delay) => {
    try {
      config = await client.discovery(
        issuer,
        oidc.clientId,
        undefined,
        // Confidential clients authenticate the standard way (client_secret_basic); public ones rely on PKCE alone.
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        { execute: issuer.protocol === 'http:' && isLoopback(issuer.hostname) ? [client.allowInsecureRequests] : [], timeout: 10 },
      );
      problem = '';
      deps.log(`sign-in: using ${issuer.origin} as the OpenID provider`);
    } catch (error) {
      problem = `The sign-in provider at ${issuer.origin} could not be reached or described (${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'})`;
      deps.log(`sign-in: ${problem}; retrying in ${Math.round(delay / 1000)}s`);
      if (!closed) retry = setTimeout(() => void discover(Math.min(delay * 2, RETRY_MAX_MS)), delay).unref();
    }
  };
  void discover(1000);

  /** @param {Res} res @param {number} status @param {string} title @param {string[]} paragraphs @param {{ href: string, text: string }} [link] @param {Record<string, string | string[]>} [extra] */
  const page = (res, status, title, paragraphs, link, extra) => sendPage(res, status, deps.securityHeaders, { title, paragraphs, link }, extra);
  const unavailable = (/** @type {Res} */ res) => page(res, 503, 'Sign-in is unavailable', [problem, 'Try again in a moment.'], { href: '/auth/login', text: 'Try again' });

  return {
    /** Null when sign-in works; otherwise why not (for /readyz). */
    problem: () => problem || null,
    cookieNames: names,

    /** The person behind a request, from the session cookie. @param {Req} req */
    async session(req) {
      const result = await unseal(parseCookies(req.headers.cookie).get(names.session), keys, { purpose: SESSION });
      if (!result.ok) return result;
      const { sub, email, name } = result.claims;
      if (typeof sub !== 'string') return /** @type {const} */ ({ ok: false, reason: 'invalid' });
      /** @type {SessionUser} */
      const user = { sub, email: typeof email === 'string' ? email : null, name: typeof name === 'string' ? name : null };
      return /** @type {const} */ ({ ok: true, user, expiresAt: result.expiresAt });
    },

    /** GET /auth/login?returnTo=/path: off to the provider, with a sealed transaction cookie. @param {Res} res @param {URL} url */
    async login(res, url) {
      if (!config) return unavailable(res);
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const transaction = await seal({ verifier, state, nonce, returnTo: safeReturnTo(url.searchParams.get('returnTo')) }, keys, { purpose: SIGN_IN, ttlSeconds: SIGN_IN_TTL_SECONDS });
      /** @type {Record<string, string>} */
      const parameters = {
        redirect_uri: redirectUri,
        scope: oidc.scopes,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      };
      // "Sign in with another account" asks the provider for its login form again.
      if (url.searchParams.get('prompt') === 'login') parameters.prompt = 'login';
      const location = client.buildAuthorizationUrl(config, parameters).href;
      res.writeHead(303, { location, 'set-cookie': cookieHeader(names.transaction(state), transaction, { maxAge: SIGN_IN_TTL_SECONDS, secure }), 'cache-control': 'no-store' });
      res.end();
    },

    /** GET /auth/callback: the provider sends the person back with a code. @param {Req} req @param {Res} res @param {URL} url */
    async callback(req, res, url) {
      if (!config) return unavailable(res);
      const retryLink = { href: '/auth/login', text: 'Sign in again' };
      const state = url.searchParams.get('state') ?? '';
      const cookieName = names.transaction(state);
      const clearTransaction = cookieHeader(cookieName, '', { maxAge: 0, secure });
      const providerError = url.searchParams.get('error');
      if (providerError) {
        deps.log(`sign-in: the provider answered ${JSON.stringify(providerError.slice(0, 60))}`);
        return page(res, 400, 'Sign-in did not complete', [`The sign-in provider answered: ${url.searchParams.get('error_description') ?? providerError}`], retryLink, { 'set-cookie': clearTransaction });
      }
      const transaction = state ? await unseal(parseCookies(req.headers.cookie).get(cookieName), keys, { purpose: SIGN_IN }) : null;
      if (!transaction?.ok || transaction.claims.state !== state) {
        return page(res, 400, 'Sign-in did not complete', ['This sign-in link has expired or was already used.'], retryLink, { 'set-cookie': clearTransaction });
      }
      const tx = /** @type {{ verifier: string, nonce: string, returnTo: string }} */ (/** @type {unknown} */ (transaction.claims));
      /** @type {Identity} */
      let identity;
      try {
        const tokens = await client.authorizationCodeGrant(config, new URL(`${redirectUri}${url.search}`), { pkceCodeVerifier: tx.verifier, expectedState: state, expectedNonce: tx.nonce, idTokenExpected: true });
        const claims = /** @type {Identity} */ (tokens.claims());
        identity = claims;
        // Many providers put email, name and groups in the userinfo answer, not the ID token.
        if ((claims.email === undefined || claims.name === undefined) && config.serverMetadata().userinfo_endpoint) {
          identity = { ...(await client.fetchUserInfo(config, tokens.access_token, claims.sub)), ...claims, sub: claims.sub };
        }
      } catch (error) {
        // The message says what failed (state, nonce, signature, network); it holds no token.
        deps.log(`sign-in: the code exchange failed: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}`);
        return page(res, 502, 'Sign-in did not complete', ['The sign-in provider could not confirm who you are.'], retryLink, { 'set-cookie': clearTransaction });
      }
      const decision = admit(identity, oidc);
      if (!decision.ok) {
        deps.log(`sign-in refused: ${decision.why}`);
        return page(
          res,
          403,
          'Access denied',
          [`You signed in as ${typeof identity.email === 'string' ? identity.email : identity.sub}, but this account may not use this console.`, 'Ask the people who run it to add your address or group.'],
          { href: '/auth/login?prompt=login', text: 'Sign in with another account' },
          { 'set-cookie': clearTransaction },
        );
      }
      const user = { sub: identity.sub, email: typeof identity.email === 'string' ? identity.email : null, name: typeof identity.name === 'string' ? identity.name : null };
      const session = await seal(user, keys, { purpose: SESSION, ttlSeconds: options.sessionTtlSeconds });
      deps.log(`signed in: ${user.email ?? user.sub}`);
      res.writeHead(303, { location: tx.returnTo, 'set-cookie': [clearTransaction, cookieHeader(names.session, session, { maxAge: options.sessionTtlSeconds, secure })], 'cache-control': 'no-store' });
      res.end();
    },

    /** POST /auth/logout. The cookie is gone; a copy taken earlier expires with its TTL. @param {Res} res */
    logout(res) {
      res.writeHead(204, { 'set-cookie': cookieHeader(names.session, '', { maxAge: 0, secure }), 'cache-control': 'no-store' });
      res.end();
    },

    close() {
      closed = true;
      clearTimeout(retry);
    },
  };
}

/** @typedef {ReturnType<typeof createOidcAuth>} OidcAuth */
