import type { ComponentPropsWithoutRef } from 'react';
import classes from './NativeTable.module.css';

/**
 * A plain <table> styled like Mantine's. Used on the first route, where
 * Mantine's Table would bring ScrollArea and floating-ui (≈20 KB gzip) along
 * through its static Table.ScrollContainer member.
 */
export function NativeTable({ className, ...props }: ComponentPropsWithoutRef<'table'>) {
  return <table className={className ? `${classes.table} ${className}` : classes.table} {...props} />;
}
