/** The API's list orders: `<column>_asc` or `<column>_desc`. */
export type ApiOrder = `${string}_asc` | `${string}_desc`;

/** Time columns read as time ("Newest first"), not as A→Z. */
const TIME_COLUMNS: Record<string, readonly [asc: string, desc: string]> = {
  created_at: ['Oldest first', 'Newest first'],
  updated_at: ['Least recently updated', 'Most recently updated'],
};

/**
 * How an API order reads in an "Order by" select, so every list says it the same way:
 * `created_at_desc` → "Newest first", `name_asc` → "Name A→Z" (`names` names the other columns).
 */
export function orderLabel(order: ApiOrder, names: Readonly<Record<string, string>>): string {
  const desc = order.endsWith('_desc');
  const column = order.slice(0, desc ? -'_desc'.length : -'_asc'.length);
  const time = TIME_COLUMNS[column];
  if (time) return desc ? time[1] : time[0];
  return `${names[column] ?? column} ${desc ? 'Z→A' : 'A→Z'}`;
}
