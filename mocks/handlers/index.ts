import type { HttpHandler } from 'msw';
import { akamaiHandlers } from './akamai';
import { controlHandlers } from './control';
import { nexigonHandlers } from './nexigon';
import { scalewayIotHandlers } from './scaleway-iot';
import { scalewayLbHandlers } from './scaleway-lb';

/** Built lazily: paths are bound to the page origin, known only at start-up. */
export function createHandlers(): HttpHandler[] {
  return [...controlHandlers(), ...scalewayIotHandlers(), ...scalewayLbHandlers(), ...nexigonHandlers(), ...akamaiHandlers()];
}
