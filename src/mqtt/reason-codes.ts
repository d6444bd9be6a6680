/** MQTT reason codes in words (MQTT 5.0 §2.4; the 3.1.1 CONNACK codes 1–5 and SUBACK 0x80). */
const REASONS: Record<number, string> = {
  0: 'Success',
  1: 'Unacceptable protocol version',
  2: 'Client identifier rejected',
  3: 'Server unavailable',
  4: 'Bad user name or password',
  5: 'Not authorized',
  0x80: 'Unspecified error (refused)',
  0x81: 'Malformed packet',
  0x82: 'Protocol error',
  0x83: 'Implementation specific error',
  0x84: 'Unsupported protocol version',
  0x85: 'Client identifier not valid',
  0x86: 'Bad user name or password',
  0x87: 'Not authorized',
  0x88: 'Server unavailable',
  0x89: 'Server busy',
  0x8a: 'Banned',
  0x8b: 'Server shutting down',
  0x8c: 'Bad authentication method',
  0x8d: 'Keep alive timeout',
  0x8e: 'Session taken over',
  0x8f: 'Topic filter invalid',
  0x90: 'Topic name invalid',
  0x91: 'Packet identifier in use',
  0x93: 'Receive maximum exceeded',
  0x95: 'Packet too large',
  0x96: 'Message rate too high',
  0x97: 'Quota exceeded',
  0x98: 'Administrative action',
  0x99: 'Payload format invalid',
  0x9a: 'Retain not supported',
  0x9b: 'QoS not supported',
  0x9c: 'Use another server',
  0x9d: 'Server moved',
  0x9e: 'Shared subscriptions not supported',
  0x9f: 'Connection rate exceeded',
  0xa0: 'Maximum connect time',
  0xa1: 'Subscription identifiers not supported',
  0xa2: 'Wildcard subscriptions not supported',
};

export function reasonText(code: number): string {
  return REASONS[code] ?? `Reason code 0x${code.toString(16).padStart(2, '0')}`;
}

export function formatReasonCode(code: number): string {
  return `0x${code.toString(16).padStart(2, '0')}`;
}

/**
 * Why the broker turned the CONNECT down, in words, with its code as the protocol names it:
 * a 3.1.1 CONNACK "return code" is 1–5, an MQTT 5 CONNACK "reason code" is 0x80 and up.
 */
export function connackCodeLabel(code: number): string {
  return `CONNACK ${code >= 0x80 ? `reason code ${formatReasonCode(code)}` : `return code ${code}`}`;
}

export function connackRefusalText(code: number, fatal: boolean): string {
  const advice = !fatal
    ? ' The panel keeps retrying.'
    : code === 4 || code === 5 || code === 0x86 || code === 0x87 || code === 0x8c
      ? ' Check the user name, password and client ID, then connect again.'
      : ' Retrying will not help: change the settings, then connect again.';
  return `The broker refused the connection: ${reasonText(code)} (${connackCodeLabel(code)}).${advice}`;
}
