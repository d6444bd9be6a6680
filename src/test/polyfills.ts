if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}


// msw 3 uses the ES2025 Set methods, which Node 20 lacks.
type SetLike<T> = { has(value: T): boolean; keys(): IterableIterator<T>; size: number };
const setMethods: Record<string, (this: Set<unknown>, other: SetLike<unknown>) => unknown> = {
  intersection(other) {
    return new Set([...this].filter((v) => other.has(v)));
  },
  union(other) {
    return new Set([...this, ...other.keys()]);
  },
  difference(other) {
    return new Set([...this].filter((v) => !other.has(v)));
  },
  symmetricDifference(other) {
    const out = new Set([...this].filter((v) => !other.has(v)));
    for (const v of other.keys()) if (!this.has(v)) out.add(v);
    return out;
  },
  isSubsetOf(other) {
    return [...this].every((v) => other.has(v));
  },
  isSupersetOf(other) {
    return [...other.keys()].every((v) => this.has(v));
  },
  isDisjointFrom(other) {
    return [...this].every((v) => !other.has(v));
  },
};
for (const [name, fn] of Object.entries(setMethods)) {
  if (!(name in Set.prototype)) Object.defineProperty(Set.prototype, name, { configurable: true, writable: true, value: fn });
}
export {};
