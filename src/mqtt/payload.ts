/**
 * Payload decoding for display: UTF-8 (strict, so invalid bytes fall back to
 * hex), JSON, hex and base64. Pure; works in the worker and on the main thread.
 */

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** The payload as text, or null when it is not well-formed UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** "0a ff 3c", at most `limit` bytes. */
export function toHexBytes(bytes: Uint8Array, limit = bytes.length): string {
  const n = Math.min(limit, bytes.length);
  const parts = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = HEX[bytes[i] as number] as string;
  return parts.join(' ');
}

/** A classic hex dump: offset, 16 bytes, printable ASCII. */
export function toHexDump(bytes: Uint8Array, limit = bytes.length): string {
  const n = Math.min(limit, bytes.length);
  const lines: string[] = [];
  for (let offset = 0; offset < n; offset += 16) {
    const end = Math.min(offset + 16, n);
    let hex = '';
    let ascii = '';
    for (let i = offset; i < offset + 16; i++) {
      if (i < end) {
        const b = bytes[i] as number;
        hex += `${HEX[b]} `;
        ascii += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.';
      } else hex += '   ';
      if (i === offset + 7) hex += ' ';
    }
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex} |${ascii}|`);
  }
  return lines.join('\n');
}

export function toBase64(bytes: Uint8Array, limit = bytes.length): string {
  const n = Math.min(limit, bytes.length);
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < n; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + CHUNK, n)));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

const PREVIEW_CHARS = 160;
const PREVIEW_BYTES = 48;

/** One line for the message list: text squeezed onto one line, or hex for binary. */
export function payloadPreview(bytes: Uint8Array): { preview: string; binary: boolean } {
  // Decoding a prefix could cut a character in half: decode a little more and trim.
  const head = bytes.length > PREVIEW_CHARS * 4 ? bytes.subarray(0, PREVIEW_CHARS * 4) : bytes;
  let text = decodeUtf8(head);
  if (text === null && head !== bytes) text = decodeUtf8(trimPartialUtf8(head));
  if (text === null) return { preview: toHexBytes(bytes, PREVIEW_BYTES) + (bytes.length > PREVIEW_BYTES ? ' …' : ''), binary: true };
  const oneLine = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
  return { preview: oneLine.replace(/\s+/g, ' '), binary: false };
}

/** Drops an incomplete UTF-8 sequence at the end of a prefix. */
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back] as number;
    if ((b & 0xc0) === 0x80) continue; // continuation byte
    if (b >= 0xc0) end -= back; // lead byte of a sequence that may be cut
    break;
  }
  return bytes.subarray(0, end);
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : 'Not valid JSON' };
  }
}

/** Case-insensitive payload search that never throws on binary payloads. */
export function payloadContains(bytes: Uint8Array, needleLower: string): boolean {
  if (!needleLower) return true;
  const text = decodeUtf8(bytes);
  return text !== null && text.toLowerCase().includes(needleLower);
}
