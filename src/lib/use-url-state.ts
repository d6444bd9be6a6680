import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/**
 * Typed view of the URL's search params, so filters, page, sort and tab are
 * shareable links. Each key has a parser (bad or missing -> default) and
 * values equal to their default are left out of the URL.
 */
export type ParamSpec<T> = { [K in keyof T]: { parse: (raw: string | null) => T[K]; default: T[K]; serialize?: (value: T[K]) => string } };

export function stringParam(defaultValue = ''): { parse: (raw: string | null) => string; default: string } {
  return { parse: (raw) => raw ?? defaultValue, default: defaultValue };
}

export function intParam(defaultValue: number, min = 1, max = Number.MAX_SAFE_INTEGER) {
  return {
    parse: (raw: string | null) => {
      const n = raw === null ? NaN : Number(raw);
      return Number.isInteger(n) && n >= min && n <= max ? n : defaultValue;
    },
    default: defaultValue,
  };
}

export function enumParam<E extends string>(values: readonly E[], defaultValue: E) {
  return {
    parse: (raw: string | null): E => (raw !== null && (values as readonly string[]).includes(raw) ? (raw as E) : defaultValue),
    default: defaultValue,
  };
}

export function useUrlState<T extends Record<string, unknown>>(spec: ParamSpec<T>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const values = useMemo(() => {
    const out = {} as T;
    for (const key of Object.keys(spec) as Array<keyof T>) out[key] = spec[key].parse(searchParams.get(String(key)));
    return out;
  }, [searchParams, spec]);

  const update = useCallback(
    (patch: Partial<T>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (prev) => {
          // `prev` is the search of the last render, which can lag behind a navigation made a moment
          // ago (the router renders in a transition): a debounced filter landing right after a click
          // would undo the click. The address bar is never behind, so start from it when it is ours.
          const current = globalThis.location?.pathname === pathname ? new URLSearchParams(globalThis.location.search) : prev;
          const next = new URLSearchParams(current);
          for (const key of Object.keys(patch) as Array<keyof T>) {
            const value = patch[key] as T[keyof T];
            const s = spec[key];
            const serialized = s.serialize ? s.serialize(value) : String(value);
            if (value === s.default || value === undefined || serialized === '') next.delete(String(key));
            else next.set(String(key), serialized);
          }
          return next;
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams, spec, pathname],
  );
  return [values, update] as const;
}
