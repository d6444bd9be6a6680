import { describe, expect, it } from 'vitest';
import { orderLabel } from './order-labels';

describe('orderLabel', () => {
  it('reads time columns as time', () => {
    expect(orderLabel('created_at_asc', {})).toBe('Oldest first');
    expect(orderLabel('created_at_desc', {})).toBe('Newest first');
    expect(orderLabel('updated_at_asc', {})).toBe('Least recently updated');
    expect(orderLabel('updated_at_desc', {})).toBe('Most recently updated');
  });

  it('reads other columns alphabetically, by their given name', () => {
    expect(orderLabel('name_asc', { name: 'Name' })).toBe('Name A→Z');
    expect(orderLabel('product_plan_desc', { product_plan: 'Plan' })).toBe('Plan Z→A');
  });
});
