import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Acl } from '../../../api/scaleway-lb/types';
import { moveAcl, nextAclIndex } from './acl-order';
import { sortAcls } from './acl-tester';

/** ACL lists as the API may hold them: shared, negative, sparse indexes and equal creation dates. */
const aclList = fc
  .uniqueArray(fc.uuid(), { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.tuple(
      fc.constant(ids),
      fc.array(fc.integer({ min: -3, max: 60 }), { minLength: ids.length, maxLength: ids.length }),
      fc.array(fc.constantFrom('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z', null), { minLength: ids.length, maxLength: ids.length }),
    ),
  )
  .map(([ids, indexes, dates]) => ids.map((id, i) => ({ id, name: `rule-${i}`, index: indexes[i] ?? 0, created_at: dates[i] ?? null }) as unknown as Acl));

describe('moving an ACL (property)', () => {
  it('moves exactly that rule one place, keeps every other rule in order, and never reuses an index', () => {
    fc.assert(
      fc.property(aclList, fc.nat(), fc.constantFrom<-1 | 1>(-1, 1), (acls, pick, delta) => {
        const before = sortAcls(acls).map((a) => a.id);
        const id = before[pick % before.length] as string;
        const from = before.indexOf(id);
        const changes = moveAcl(acls, id, delta);
        const byId = new Map(changes.map((c) => [c.acl.id, c.index]));
        const after = sortAcls(acls.map((a) => ({ ...a, index: byId.get(a.id) ?? a.index })));
        const to = from + delta;
        if (to < 0 || to >= before.length) {
          expect(changes).toEqual([]);
          return;
        }
        const expected = [...before];
        expected.splice(from, 1);
        expected.splice(to, 0, id);
        expect(after.map((a) => a.id)).toEqual(expected);
        // The new order does not lean on creation dates or ids: every index is distinct.
        expect(new Set(after.map((a) => a.index)).size).toBe(after.length);
        for (const c of changes) expect(c.index).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('the next index is after every existing one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -100, max: 100_000 }).map((index) => ({ index }))), (acls) => {
        const next = nextAclIndex(acls);
        for (const a of acls) expect(next).toBeGreaterThan(a.index);
        expect(next).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
