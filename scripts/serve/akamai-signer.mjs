// @ts-check
import fs from 'node:fs';
/** The well-kept EdgeGrid implementation (types in akamai-edgegrid.d.ts); we take its signature and send the request ourselves. */
import EdgeGrid from 'akamai-edgegrid';

/**
 * @typedef {(request: { method: string, url: string, headers: Record<string, string>, body: Buffer | undefined }) => string} Signer
 */

/**
 * Reads EdgeGrid credentials from the standard .edgerc file. The client secret
 * stays in this process: it is never sent to the browser, logged or returned.
 * @param {string} edgercPath
 * @param {string} section
 * @returns {{ host: string, sign: Signer } | { error: string }}
 */
export function loadAkamaiSigner(edgercPath, section) {
  if (!fs.existsSync(edgercPath)) return { error: `No .edgerc file at ${edgercPath}` };
  let probe;
  try {
    probe = new EdgeGrid({ path: edgercPath, section });
  } catch (error) {
    return { error: `Cannot read section [${section}] of ${edgercPath}: ${error instanceof Error ? error.message.split('\n')[0] : 'unknown error'}` };
  }
  const { client_token: clientToken, client_secret: clientSecret, access_token: accessToken, host } = probe.config ?? {};
  if (!clientToken || !clientSecret || !accessToken || !host) return { error: `Section [${section}] of ${edgercPath} lacks client_token, client_secret, access_token or host` };
  return {
    host,
    sign: ({ method, url, headers, body }) => {
      const target = new URL(url);
      // Signed for the host actually called (the .edgerc host, or an override such as a test
      // upstream); EdgeGrid always signs as https, which is what Akamai serves.
      const eg = new EdgeGrid(clientToken, clientSecret, accessToken, target.host);
      eg.auth({ path: target.pathname + target.search, method, headers: { ...headers }, body: body && body.length ? body.toString('utf8') : undefined });
      return String(eg.request.headers.Authorization);
    },
  };
}
