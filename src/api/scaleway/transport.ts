import { ApiError } from '../errors/api-error';
import { messageFromRawBody } from '../errors/envelope-helpers';
import type { ProviderTransport } from '../http';

/**
 * Shared by every Scaleway API (IoT Hub, Load Balancer): one token header, one error envelope.
 * The envelope reader (both error families, a sentence per type) loads with the first error, so
 * the first page does not carry it.
 */
export const scalewayTransport: ProviderTransport = {
  provider: 'scaleway',
  authHeader: (token) => ['X-Auth-Token', token],
  parseError: (status, body, rawText) =>
    import('../errors/scaleway-envelope').then(
      (m) => m.parseScalewayError(status, body, rawText),
      () => new ApiError({ provider: 'scaleway', status, code: 'http_error', message: messageFromRawBody(status, rawText) }),
    ),
};
