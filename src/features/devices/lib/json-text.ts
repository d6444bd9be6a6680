/**
 * JSON values from devices are untrusted: they are only ever turned into
 * text here and rendered by React as text (escaped), never as HTML.
 */
export function formatJson(value: unknown): string {
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** One line, capped: for table cells. */
export function compactJson(value: unknown, max = 120): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  text = text.replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The text a search box should match in a JSON value (keys and values). */
export function searchableJson(value: unknown): string {
  try {
    return (typeof value === 'string' ? value : (JSON.stringify(value) ?? '')).toLowerCase();
  } catch {
    return '';
  }
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonText(text: string): JsonParse {
  if (text.trim() === '') return { ok: false, error: 'Enter a JSON value (e.g. "text", 42, true, {"key": 1})' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: `Not valid JSON: ${error instanceof Error ? error.message : 'parse error'}` };
  }
}

/** The message of an event body when it has one, else the compact body. */
export function eventSummary(body: unknown): string {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
    const message = (body as Record<string, unknown>).message;
    if (typeof message === 'string') return compactJson(message, 160);
  }
  return compactJson(body, 160);
}
