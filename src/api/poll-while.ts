/**
 * A `refetchInterval` that polls every `ms` while the loaded data is `unsettled` (a resource in
 * transition, an operation under way) and stops once it settles.
 */
export function pollWhile<T>(ms: number, unsettled: (data: T | undefined) => boolean) {
  return (query: { state: { data: T | undefined } }): number | false => (unsettled(query.state.data) ? ms : false);
}
