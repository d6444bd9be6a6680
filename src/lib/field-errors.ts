import { ApiError, isApiError } from '../api/errors/api-error';

/**
 * Renames the API's field names to form field names before the shared
 * applyApiFieldErrors places them. Indexed names ("server_ip.2") become one
 * field with the position spelled out ("Entry 3: …"), so every bad entry of
 * a list is named at the list's field. Unmapped names pass through.
 */
export function remapFieldErrors(error: unknown, map: Readonly<Record<string, string>>, lists: Readonly<Record<string, string>> = {}, describeEntry?: (list: string, index: number) => string): unknown {
  if (!isApiError(error)) return error;
  const fields: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(error.fields)) {
    const indexed = /^(.*)\.(\d+)$/.exec(name);
    const list = indexed ? lists[indexed[1] ?? ''] : undefined;
    if (indexed && list) {
      const i = Number(indexed[2]);
      const prefix = describeEntry ? describeEntry(indexed[1] ?? '', i) : `Entry ${i + 1}`;
      (fields[list] ??= []).push(...messages.map((m) => `${prefix}: ${m}`));
      continue;
    }
    const target = map[name] ?? lists[name] ?? name;
    (fields[target] ??= []).push(...messages);
  }
  return new ApiError({ provider: error.provider, status: error.status, code: error.code, message: error.message, fields, details: error.details });
}
