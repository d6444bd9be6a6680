// @ts-check

/**
 * The console's security headers. Scripts only from 'self'; API calls only to
 * 'self' (the proxy); connect-src is widened only for the MQTT WebSocket brokers.
 * Mantine sets inline style attributes and a <style> element for its CSS
 * variables, hence 'unsafe-inline' for styles (never for scripts).
 * @param {{ brokers: string[] }} options
 */
export function securityHeaders(options) {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${options.brokers.join(' ')}`.trim(),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
