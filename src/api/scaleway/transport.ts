import { parseScalewayError } from '../errors/scaleway-envelope';
import type { ProviderTransport } from '../http';

/** Shared by every Scaleway API (IoT Hub, Load Balancer): one token header, one error envelope. */
export const scalewayTransport: ProviderTransport = {
  provider: 'scaleway',
  authHeader: (token) => ['X-Auth-Token', token],
  parseError: parseScalewayError,
};
