import { decodeUtf8, toBase64 } from './payload';
import type { PublishProperties, QoS } from './types';

/**
 * One exported message. Text payloads stay readable (`payload`); anything that
 * is not UTF-8 goes out as base64 (`payloadBase64`), so a line always
 * round-trips to the exact bytes.
 */
export interface NdjsonMessage {
  time: string;
  topic: string;
  qos: QoS;
  retain: boolean;
  size: number;
  payload?: string;
  payloadBase64?: string;
  properties?: Record<string, unknown>;
}

export function toNdjsonLine(m: { time: number; topic: string; qos: QoS; retain: boolean; payload: Uint8Array; properties: PublishProperties | undefined }): string {
  const text = decodeUtf8(m.payload);
  const out: NdjsonMessage = { time: new Date(m.time).toISOString(), topic: m.topic, qos: m.qos, retain: m.retain, size: m.payload.byteLength };
  if (text === null) out.payloadBase64 = toBase64(m.payload);
  else out.payload = text;
  if (m.properties) {
    const { correlationData, ...rest } = m.properties;
    out.properties = correlationData ? { ...rest, correlationDataBase64: toBase64(correlationData) } : rest;
  }
  return `${JSON.stringify(out)}\n`;
}
