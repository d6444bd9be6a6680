import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from './PageTitle';
import { QueryContent, type ContentQuery } from './QueryContent';

/** The way back from one resource (or a creation page) to its list: "Hubs / smart-meters". */
export function ResourceBreadcrumbs({ list, to, current }: { list: string; to: string; current: string }) {
  return (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to={to}>
        {list}
      </Anchor>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {current}
      </Text>
    </Breadcrumbs>
  );
}

export interface ResourcePageFallbackProps<T> {
  query: ContentQuery<T>;
  breadcrumbs: ReactNode;
  /** The page's h1 until the resource's name is known: "Hub". */
  title: string;
  /** "this hub": "Could not load this hub". */
  what: string;
  loadingLabel: string;
}

/**
 * A resource page before its resource is there: the breadcrumbs, a generic h1, and the loading
 * state or the failure with Retry. Pages render it while the query has no data.
 */
export function ResourcePageFallback<T>({ query, breadcrumbs, title, what, loadingLabel }: ResourcePageFallbackProps<T>) {
  return (
    <>
      {breadcrumbs}
      <PageTitle title={title} />
      <QueryContent query={query} what={what} loadingLabel={loadingLabel}>
        {() => null}
      </QueryContent>
    </>
  );
}
