/** A tab's API-side order (`order_by`), kept in the page's URL and changed by its sortable headers. */
export interface TableOrder<O extends string> {
  order: O;
  onOrder: (order: O) => void;
}
