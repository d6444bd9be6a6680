import { PageTitle } from './PageTitle';
import { QueryContent, type ContentQuery } from './QueryContent';

export interface DetailPageStateProps {
  query: ContentQuery<unknown>;
  /** The page's h1 until the resource is there, e.g. "Device". */
  title: string;
  /** What the page shows, e.g. "this device": "Could not load this device". */
  what: string;
  loadingLabel?: string;
}

/**
 * A detail page before its resource is there: the page's one heading, then loading or why it
 * failed (with Retry), said as every section says it. The page renders its breadcrumbs above.
 */
export function DetailPageState({ query, title, what, loadingLabel }: DetailPageStateProps) {
  return (
    <>
      <PageTitle title={title} />
      {/* Only the states before the data are shown here: the page itself renders the resource. */}
      <QueryContent query={query} what={what} loadingLabel={loadingLabel}>
        {() => null}
      </QueryContent>
    </>
  );
}
