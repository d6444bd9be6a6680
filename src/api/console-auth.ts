/**
 * The console's side of `npm run serve --auth oidc` that every proxied call needs: its header,
 * and the "your session expired" state any call can raise. The session itself is an HttpOnly
 * cookie the page never sees; it rides along on same-origin requests. Who is signed in and
 * sign-out are in console-account.ts, loaded only when sign-in is on.
 */

/** Sent on every call through the server proxy (and only there): the server refuses proxy calls without it. */
export const CONSOLE_HEADER = 'X-IOTC-Request';
/** Set by the server on its own 401 ("sign in again"), to tell it from an upstream API's 401. */
const AUTH_HEADER = 'X-IOTC-Auth';

export const SESSION_EXPIRED_MESSAGE = 'Your session has expired. Sign in again to continue.';

export function isSignInRequiredResponse(response: Response): boolean {
  return response.status === 401 && response.headers.get(AUTH_HEADER) === 'sign-in-required';
}

let signInRequired = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function isSignInRequired(): boolean {
  return signInRequired;
}

export function subscribeSignInRequired(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A proxied call was refused for want of a session: the shell asks the person to sign in again. */
export function reportSignInRequired(): void {
  if (signInRequired) return;
  signInRequired = true;
  notify();
}

/** Signed in again, or the person closed the prompt (the next refused call raises it again). */
export function clearSignInRequired(): void {
  if (!signInRequired) return;
  signInRequired = false;
  notify();
}
