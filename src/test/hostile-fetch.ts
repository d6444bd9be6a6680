import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors/api-error';
import type { ProviderId } from '../api/providers';

/**
 * A fake `fetch` for property tests of the provider clients: whatever a broken proxy, a
 * captive portal or a fuzzer could answer. Each client call must either resolve or reject
 * with one `ApiError` of its provider, never anything else.
 */
export interface HostileAnswer {
  kind: 'response' | 'network-error' | 'body-error';
  status: number;
  contentType: string;
  body: string;
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

const jsonText = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v));
const hostileBody = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  jsonText,
  // Valid JSON cut short, as a dropped connection leaves it.
  fc.tuple(jsonText, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
  fc.anything({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'undefined'),
  fc.constantFrom('', ' ', 'null', '[]', '{}', '"x"', '0', 'true', '<html><body>Bad gateway</body></html>', '{"kind":"Invalid"}', '{"type":"/x","status":"x"}', '\uFEFF{}'),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((o) => JSON.stringify(o)),
);

export const hostileAnswer: fc.Arbitrary<HostileAnswer> = fc.record({
  kind: fc.constantFrom('response', 'response', 'response', 'network-error', 'body-error'),
  status: fc.oneof(fc.integer({ min: 200, max: 599 }), fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503)),
  contentType: fc.constantFrom('application/json', 'application/problem+json', 'text/html', 'text/plain', '', 'application/octet-stream'),
  body: hostileBody,
});

/** Installs the fake fetch for one answer; the bodies of every call follow `answer`. */
export function stubFetch(answer: HostileAnswer): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (answer.kind === 'network-error') throw new TypeError('Failed to fetch');
      const body = NULL_BODY_STATUSES.has(answer.status) ? null : answer.body;
      const headers = answer.contentType ? { 'Content-Type': answer.contentType } : undefined;
      const response = new Response(body, { status: answer.status, headers });
      if (answer.kind === 'body-error') {
        Object.defineProperty(response, 'text', { value: () => Promise.reject(new TypeError('network error while reading the body')) });
      }
      return response;
    }),
  );
}

/** An answer no client may take as success: no HTTP answer, a body that cannot be read, or an error status. */
export function mustFail(answer: HostileAnswer): boolean {
  return answer.kind !== 'response' || answer.status >= 300;
}

/**
 * Runs a client call and checks that it either resolves or fails with the provider's ApiError
 * (and fails whenever the answer is a failure).
 */
export async function expectResolvesOrApiError(provider: ProviderId, answer: HostileAnswer, call: () => Promise<unknown>): Promise<void> {
  const outcome = await call().then(
    () => 'resolved' as const,
    (error: unknown) => error,
  );
  if (outcome === 'resolved') {
    expect(mustFail(answer), `resolved on ${answer.kind} ${answer.status}`).toBe(false);
    return;
  }
  expect(outcome).toBeInstanceOf(ApiError);
  const error = outcome as ApiError;
  expect(error.provider).toBe(provider);
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(typeof error.code).toBe('string');
}

/** One property test per client call: any answer becomes a result or the provider's ApiError. */
export function describeHostileAnswers(title: string, provider: ProviderId, calls: Record<string, () => Promise<unknown>>): void {
  describe(title, () => {
    afterEach(() => vi.unstubAllGlobals());
    for (const [name, call] of Object.entries(calls)) {
      it(name, async () => {
        await fc.assert(
          fc.asyncProperty(hostileAnswer, async (answer) => {
            stubFetch(answer);
            await expectResolvesOrApiError(provider, answer, call);
          }),
          { numRuns: 60 },
        );
      });
    }
  });
}
