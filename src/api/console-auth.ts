/**
 * The console's side of `npm run serve`'s checks that every proxied call needs.
 */

/** Sent on every call through the server proxy (and only there): the server refuses proxy calls without it. */
export const CONSOLE_HEADER = 'X-IOTC-Request';
