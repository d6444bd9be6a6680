import type { HttpHandler } from 'msw';
import { mockOrigin } from '../lib/scenario';
import { aclHandlers } from './scaleway-lb-acls';
import { backendHandlers } from './scaleway-lb-backends';
import { certificateHandlers } from './scaleway-lb-certificates';
import { frontendHandlers } from './scaleway-lb-frontends';
import { ipHandlers } from './scaleway-lb-ips';
import { lbHandlers } from './scaleway-lb-lbs';
import { privateNetworkHandlers } from './scaleway-lb-private-networks';
import { routeHandlers } from './scaleway-lb-routes';
import { statsHandlers } from './scaleway-lb-stats';
import { subscriberHandlers } from './scaleway-lb-subscribers';

/**
 * Scaleway Load Balancer API v1, regional paths, over the stateful mock store: one file per
 * resource (scaleway-lb-<resource>.ts). Every endpoint checks in the same order (see the builders
 * in scaleway-lb-kit.ts); each resource's file says what it accepts and does.
 */
export function scalewayLbHandlers(): HttpHandler[] {
  const base = `${mockOrigin()}/lb/v1/regions/:region`;
  return [
    ...lbHandlers(base),
    ...ipHandlers(base),
    ...backendHandlers(base),
    ...frontendHandlers(base),
    ...aclHandlers(base),
    ...certificateHandlers(base),
    ...routeHandlers(base),
    ...privateNetworkHandlers(base),
    ...statsHandlers(base),
    ...subscriberHandlers(base),
  ];
}
