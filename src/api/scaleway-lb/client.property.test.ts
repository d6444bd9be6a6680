import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../errors/api-error';
import { defaultProfile, saveProfile } from '../profiles';
import * as lb from './client';
import type { AclInput, CreateLbRequest } from './types';

const TOKEN = '7a1c9e2b-5d3f-4e8a-9b0c-1d2e3f4a5b6c';
const REGION = 'fr-par';
const ID = '4a2e3d5c-6b7f-4081-9ba2-1c3d4e5f6071';

/** One of every kind of call: reads, whole lists (paginated), writes and deletes. */
const calls: Record<string, () => Promise<unknown>> = {
  listLbs: () => lb.listLbs({ region: REGION, page: 1 }),
  getLb: () => lb.getLb({ region: REGION, lbId: ID }),
  createLb: () => lb.createLb({ region: REGION, body: { name: 'x', type: 'LB-S' } as CreateLbRequest }),
  deleteLb: () => lb.deleteLb({ region: REGION, lbId: ID, releaseIp: true }),
  listAllAcls: () => lb.listAllAcls({ region: REGION, frontendId: ID }),
  listAllBackends: () => lb.listAllBackends({ region: REGION, lbId: ID }),
  listAllIps: () => lb.listAllIps({ region: REGION }),
  updateAcl: () => lb.updateAcl({ region: REGION, aclId: ID, body: { name: 'a', index: 0 } as unknown as AclInput }),
  releaseIp: () => lb.releaseIp({ region: REGION, ipId: ID }),
  getLbStats: () => lb.getLbStats({ region: REGION, lbId: ID }),
  listAllCertificates: () => lb.listAllCertificates({ region: REGION, lbId: ID }),
  subscribeToLb: () => lb.subscribeToLb({ region: REGION, lbId: ID, subscriberId: ID }),
};

/** Almost-right answers are the dangerous ones: list envelopes and objects with random fields. */
const nearlyRight = fc.oneof(
  fc.record({ lbs: fc.array(fc.anything(), { maxLength: 3 }), total_count: fc.anything() }, { requiredKeys: [] }),
  fc.record({ acls: fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'index', 'action', 'match', 'frontend'), fc.anything())), total_count: fc.integer() }),
  fc.record({ id: fc.anything(), name: fc.anything(), status: fc.anything(), ip: fc.anything(), frontend_count: fc.anything() }, { requiredKeys: [] }),
  fc.record({ type: fc.anything(), message: fc.anything(), fields: fc.anything(), resource: fc.anything() }, { requiredKeys: [] }),
);

const bodyText = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  nearlyRight.map((v) => JSON.stringify(v) ?? ''),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '<!doctype html><h1>502 Bad Gateway</h1>', '{"lbs": [', 'null', 'true', '"ok"', '[]', `{"message":"bad token ${TOKEN}"}`),
);

const contentType = fc.oneof(fc.constantFrom('application/json', 'text/html', 'text/plain', 'application/octet-stream', 'application/problem+json'), fc.string({ maxLength: 30 }));

type Answer = { kind: 'response'; status: number; body: string; contentType: string; brokenStream: boolean } | { kind: 'network'; error: unknown };

const answer: fc.Arbitrary<Answer> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('response' as const), status: fc.integer({ min: 200, max: 599 }), body: bodyText, contentType, brokenStream: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('network' as const), error: fc.oneof(fc.constant(new TypeError('Failed to fetch')), fc.string(), fc.constant(undefined), fc.object()) }) },
);

function toResponse(a: Extract<Answer, { kind: 'response' }>): Response {
  const nullBody = a.status === 204 || a.status === 205 || a.status === 304;
  // A stream that breaks mid-body, as a proxy cutting the connection would.
  const body = nullBody ? null : a.brokenStream ? new ReadableStream({ start: (c) => c.error(new Error('connection reset')) }) : a.body;
  return new Response(body, { status: a.status, headers: { 'Content-Type': a.contentType.replace(/[^\x20-\x7e]/g, '') } });
}

describe('Scaleway LB client: every answer becomes data or one ApiError (property)', () => {
  beforeEach(() => saveProfile('scaleway', { ...defaultProfile('scaleway'), mode: 'direct', baseUrl: 'https://api.example.test', token: TOKEN }));
  afterEach(() => vi.unstubAllGlobals());

  it('random statuses, bodies, content types, broken streams and network failures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(calls)), answer, async (name, a) => {
        vi.stubGlobal('fetch', async () => {
          if (a.kind === 'network') throw a.error;
          return toResponse(a);
        });
        const outcome = await calls[name]!().then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        );
        if (outcome.ok) {
          // Only a 2xx answer that passed the schema can become data.
          expect(a.kind === 'response' && a.status < 300).toBe(true);
          return;
        }
        expect(outcome.error).toBeInstanceOf(ApiError);
        const error = outcome.error as ApiError;
        expect(typeof error.message).toBe('string');
        expect(error.message.length).toBeGreaterThan(0);
        expect(error.provider).toBe('scaleway');
        if (a.kind === 'network') expect(error.code).toBe('network_error');
        else if (a.status >= 300) expect(error.status).toBe(a.status);
        // The token never comes back in an error, even when the server echoes it.
        expect(`${error.message} ${error.code} ${JSON.stringify(error.fields)} ${JSON.stringify(error.details)}`).not.toContain(TOKEN);
      }),
      { numRuns: 600 },
    );
  });

  it('a 401 is an ApiError the UI can route to the token in Settings', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ type: 'denied_authentication', message: 'invalid token' }), { status: 401 }));
    const error = await lb.listLbs({ region: REGION }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
  });
});
