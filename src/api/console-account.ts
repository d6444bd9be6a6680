import * as z from 'zod/mini';
import { CONSOLE_HEADER, isSignInRequiredResponse } from './console-auth';

/** Who is signed in, and sign-out: used by the shell only when the server signs people in. */
export interface SignedInUser {
  sub: string;
  email: string | null;
  name: string | null;
  expiresAt: string;
}

/** The React Query key of the signed-in person. */
export const SIGNED_IN_USER_KEY = ['console-auth', 'me'] as const;

const userSchema: z.ZodMiniType<SignedInUser> = z.object({ sub: z.string(), email: z.nullable(z.string()), name: z.nullable(z.string()), expiresAt: z.string() });

const consoleRequest: RequestInit = { headers: { Accept: 'application/json', [CONSOLE_HEADER]: '1' }, credentials: 'same-origin' };

/** Who is signed in, or null when the session is missing or expired. */
export async function fetchSignedInUser(signal?: AbortSignal): Promise<SignedInUser | null> {
  const response = await fetch('/auth/me', { ...consoleRequest, signal });
  if (isSignInRequiredResponse(response)) return null;
  if (!response.ok) throw new Error(`The console server answered HTTP ${response.status} when asked who is signed in.`);
  const parsed = userSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('The console server did not say who is signed in.');
  return parsed.data;
}

export async function signOut(): Promise<void> {
  const response = await fetch('/auth/logout', { ...consoleRequest, method: 'POST' });
  if (!response.ok) throw new Error(`Signing out failed (HTTP ${response.status}). Try again.`);
}

/** Sign-in, coming back to `returnTo` (a path on this site) afterwards. */
export function signInUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
