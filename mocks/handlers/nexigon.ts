import type { HttpHandler } from 'msw';

/** Filled in by the area's issue; kept here so the handler list has one shape from the start. */
export function nexigonHandlers(): HttpHandler[] {
  return [];
}
