/** The part of akamai-edgegrid (CommonJS, untyped) that the serve proxy uses. */
declare module 'akamai-edgegrid' {
  interface EdgeGridConfig {
    client_token?: string;
    client_secret?: string;
    access_token?: string;
    host?: string;
  }
  interface EdgeGridRequest {
    path: string;
    method: string;
    headers?: Record<string, string>;
    body?: string;
  }
  class EdgeGrid {
    constructor(options: { path: string; section: string });
    constructor(clientToken: string, clientSecret: string, accessToken: string, host: string);
    config: EdgeGridConfig;
    request: { headers: Record<string, string>; url?: string };
    auth(request: EdgeGridRequest): EdgeGrid;
  }
  export = EdgeGrid;
}
