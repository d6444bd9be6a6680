import { http, HttpResponse, type HttpHandler } from 'msw';
import { validateTopicFilter } from '../../src/acl/validate';
import { deriveActivationState, isInFlight } from '../../src/api/akamai/activation-state';
import {
  AKAMAI_JURISDICTIONS,
  NAMESPACE_PAGE_SIZE_MAX,
  isJurisdiction,
  namespaceNameProblem,
  type Activation,
  type ActivationStatus,
  type ActivationWire,
  type AkamaiAclRule,
  type AkamaiJurisdiction,
  type AlreadyActivated,
  type AlreadyDeactivated,
  type ConfigurationWire,
  type CreatedVersion,
  type Reservation,
} from '../../src/api/akamai/types';
import { hasScenario } from '../../src/lib/mock-scenario';
import { akamaiProblem } from '../lib/envelopes';
import { mockOrigin, withScenario } from '../lib/scenario';
import { configurationId, OWN_ACCOUNT, OWN_USERS, versionId, type MockConfiguration, type MockOperation, type MockReservation } from '../seed/akamai';
import { configurationsCollection, operationsCollection, reservationsCollection, versionsCollection } from '../store/akamai';

/** An operation is NEW for a moment, then PENDING, then settles: a few seconds in all. */
const NEW_MS = 800;
const SETTLE_MS = 3200;
/** Under `?scenario=akamai-async`, an accepted (202) create or update shows in the configuration this much later. */
export const ASYNC_APPLY_MS = 2500;

/**
 * Create and update configuration answer 202 Accepted: the real API applies the change later.
 * By default the mock applies it at once; `akamai-async` applies it after ASYNC_APPLY_MS.
 */
function applyAccepted(change: () => void): Response {
  if (hasScenario('akamai-async')) setTimeout(change, ASYNC_APPLY_MS);
  else change();
  return new HttpResponse(null, { status: 202 });
}

/** `GET …/versions/{version}` is beyond the documented API: the mock serves it only under this scenario. */
export const VERSION_ENDPOINT_SCENARIO = 'akamai-version-endpoint';

/** Who the console's token acts as. */
const CURRENT_USER = OWN_USERS[0];
/** "lists up to 30 namespaces ... unless additional filtering parameters are specified" */
const SEARCH_DEFAULT_LIMIT = 30;

type ProblemEntry = { fieldName?: string; title: string; errorCode?: string };

function validationProblem(errors: ProblemEntry[]): Response {
  return akamaiProblem(400, 'validation_failed', 'Problems parsing JSON', { errors });
}

function notFound(what: string): Response {
  return akamaiProblem(404, 'not_found', 'Not Found', { detail: what });
}

function conflict(errorCode: string, detail: string): Response {
  return akamaiProblem(409, errorCode, 'Conflict', { detail });
}

/** `?scenario=activation-request-error`: the activation or deactivation request itself is refused (the optimistic rollback). */
function activationRequestError(): Response {
  return akamaiProblem(503, 'service_unavailable', 'Service Unavailable', { detail: 'The activation service is temporarily unavailable.' });
}

async function readJson(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The namespace, if it exists and belongs to the caller's account; otherwise the answer to send. */
function ownNamespace(namespace: string): MockReservation | Response {
  const reservation = reservationsCollection.get(namespace);
  if (!reservation) return notFound(`Namespace ${namespace} is not reserved.`);
  if (reservation.owner.accountId !== OWN_ACCOUNT) {
    return akamaiProblem(403, 'forbidden', 'Forbidden', { detail: `Namespace ${namespace} belongs to another account.` });
  }
  return reservation;
}

function configurationOf(namespace: string, jurisdiction: string): MockConfiguration | Response {
  const owner = ownNamespace(namespace);
  if (owner instanceof Response) return owner;
  if (!isJurisdiction(jurisdiction)) {
    return validationProblem([{ fieldName: 'jurisdiction', title: `must be one of ${AKAMAI_JURISDICTIONS.join(', ')}`, errorCode: 'invalid_jurisdiction' }]);
  }
  return configurationsCollection.get(configurationId(namespace, jurisdiction)) ?? notFound(`Namespace ${namespace} has no configuration in jurisdiction ${jurisdiction}.`);
}

function statusOf(op: MockOperation, now = Date.now()): ActivationStatus {
  if (now < op.pendingAt) return 'NEW';
  if (now < op.settledAt) return 'PENDING';
  return op.outcome;
}

function toActivation(op: MockOperation, now = Date.now()): Activation {
  return {
    createdBy: op.createdBy,
    createdAt: op.createdAt,
    namespace: op.namespace,
    jurisdiction: op.jurisdiction,
    version: op.version,
    activationStatus: statusOf(op, now),
    operationType: op.operationType,
  };
}

function operationsOf(namespace: string, jurisdiction: string): MockOperation[] {
  return operationsCollection
    .all()
    .filter((o) => o.namespace === namespace && o.jurisdiction === jurisdiction)
    .sort((a, b) => a.createdAt - b.createdAt);
}

function stateOf(namespace: string, jurisdiction: string) {
  return deriveActivationState(operationsOf(namespace, jurisdiction).map((o) => toActivation(o)));
}

function versionsOf(namespace: string, jurisdiction: string) {
  return versionsCollection
    .all()
    .filter((v) => v.namespace === namespace && v.jurisdiction === jurisdiction)
    .sort((a, b) => a.version - b.version);
}

function configurationWire(c: MockConfiguration, filterName: 'topicFilter' | 'path', acls = c.acls): ConfigurationWire {
  // The reference's samples name the filter `topicFilter` in the list and `path` in single reads; so does the mock.
  return {
    namespace: c.namespace,
    jurisdiction: c.jurisdiction,
    storage: c.storage,
    'topic-expiry': c.topicExpiry,
    acls: acls.map((r) => ({ [filterName]: r.topicFilter, publishers: r.publishers, subscribers: r.subscribers })),
  };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Parses `acls` like the API: every rule needs a valid MQTT topic filter; group lists are optional arrays of names. */
function parseAcls(raw: unknown): { rules: AkamaiAclRule[] } | { errors: ProblemEntry[] } {
  if (!Array.isArray(raw)) return { errors: [{ fieldName: 'acls', title: 'must not be null', errorCode: 'acls_can_not_be_null' }] };
  const errors: ProblemEntry[] = [];
  const rules: AkamaiAclRule[] = [];
  raw.forEach((item: unknown, i) => {
    const entry = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const filter = entry.topicFilter ?? entry.path;
    const field = `acls[${i}].topicFilter`;
    if (typeof filter !== 'string') {
      errors.push({ fieldName: field, title: 'must not be null', errorCode: 'acl_path_can_not_be_null' });
    } else {
      const check = validateTopicFilter(filter);
      if (!check.valid) errors.push({ fieldName: field, title: check.reason, errorCode: 'acl_path_invalid' });
    }
    for (const side of ['publishers', 'subscribers'] as const) {
      const groups = entry[side];
      if (groups !== undefined && groups !== null && !isStringArray(groups)) {
        errors.push({ fieldName: `acls[${i}].${side}`, title: 'must be an array of authorization group names', errorCode: 'acl_groups_invalid' });
      }
      if (isStringArray(groups) && groups.some((g) => g.trim() === '')) {
        errors.push({ fieldName: `acls[${i}].${side}`, title: 'authorization group names must not be blank', errorCode: 'acl_group_blank' });
      }
    }
    rules.push({
      topicFilter: typeof filter === 'string' ? filter : '',
      publishers: isStringArray(entry.publishers) ? entry.publishers : [],
      subscribers: isStringArray(entry.subscribers) ? entry.subscribers : [],
    });
  });
  return errors.length > 0 ? { errors } : { rules };
}

/** Outcome of a new operation: DEPLOYED unless a scenario says otherwise. */
function scenarioOutcome(): { outcome: MockOperation['outcome']; skipPending: boolean } {
  if (hasScenario('activation-fail')) return { outcome: 'FAILED', skipPending: false };
  if (hasScenario('activation-abort')) return { outcome: 'ABORTED', skipPending: true };
  if (hasScenario('activation-unavailable')) return { outcome: 'UNAVAILABLE', skipPending: false };
  return { outcome: 'DEPLOYED', skipPending: false };
}

function startOperation(namespace: string, jurisdiction: AkamaiJurisdiction, version: string, operationType: MockOperation['operationType']): void {
  const now = Date.now();
  // A newer request makes the one still under way obsolete, as the validation server does.
  for (const op of operationsOf(namespace, jurisdiction)) {
    if (isInFlight(toActivation(op, now))) {
      operationsCollection.update(op.id, (o) => ({ ...o, outcome: 'OBSOLETE', pendingAt: Math.min(o.pendingAt, now), settledAt: now }));
    }
  }
  const { outcome, skipPending } = scenarioOutcome();
  operationsCollection.insert({
    id: `${configurationId(namespace, jurisdiction)}/${now}-${Math.floor(Math.random() * 1e6)}`,
    namespace,
    jurisdiction,
    version,
    operationType,
    createdBy: CURRENT_USER,
    createdAt: now,
    pendingAt: now + NEW_MS,
    settledAt: skipPending ? now + NEW_MS : now + SETTLE_MS,
    outcome,
  });
}

function matchesPattern(pattern: string): (name: string) => boolean {
  if (!pattern) return () => true;
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const re = new RegExp(`^${escaped}$`, 'i');
  return (name) => re.test(name);
}

function reservationWire(r: MockReservation): Reservation {
  return { namespace: r.namespace, reserved: r.reserved, owner: { createdBy: r.owner.createdBy, accountId: r.owner.accountId } };
}


function flag(url: URL, name: string): boolean | Response {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === 'false') return false;
  if (raw === 'true') return true;
  return validationProblem([{ fieldName: name, title: 'must be true or false', errorCode: 'invalid_boolean' }]);
}

export function akamaiHandlers(): HttpHandler[] {
  const root = `${mockOrigin()}/dcp-api/v1/namespaces`;
  const config = `${root}/:namespace/configurations/:jurisdiction`;
  return [
    http.get(
      root,
      withScenario('akamai', ({ request }) => {
        const url = new URL(request.url);
        const size = Number(url.searchParams.get('size') ?? '30');
        const page = Number(url.searchParams.get('page') ?? '0');
        const errors: ProblemEntry[] = [];
        if (!Number.isInteger(size) || size < 1 || size > NAMESPACE_PAGE_SIZE_MAX) errors.push({ fieldName: 'size', title: `must be between 1 and ${NAMESPACE_PAGE_SIZE_MAX}`, errorCode: 'invalid_size' });
        if (!Number.isInteger(page) || page < 0) errors.push({ fieldName: 'page', title: 'must be zero or more', errorCode: 'invalid_page' });
        if (errors.length > 0) return validationProblem(errors);
        const hostnames = (url.searchParams.get('hostnames') ?? '')
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean);
        const mine = reservationsCollection
          .all()
          .filter((r) => r.owner.accountId === OWN_ACCOUNT && (hostnames.length === 0 || r.hostnames.some((h) => hostnames.includes(h.toLowerCase()))))
          .sort((a, b) => a.namespace.localeCompare(b.namespace));
        const body: Reservation[] = mine.slice(page * size, (page + 1) * size).map(reservationWire);
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      root,
      withScenario('akamai', async ({ request }) => {
        const body = await readJson(request);
        if (!body) return validationProblem([{ title: 'the request body is not a JSON object', errorCode: 'invalid_json' }]);
        const namespace = body.namespace;
        if (typeof namespace !== 'string') return validationProblem([{ fieldName: 'namespace', title: 'must not be null', errorCode: 'namespace_can_not_be_null' }]);
        const problem = namespaceNameProblem(namespace);
        if (problem) return validationProblem([{ fieldName: 'namespace', title: problem, errorCode: 'invalid_namespace' }]);
        // Reservations are global and names compare without case.
        const taken = reservationsCollection.all().find((r) => r.namespace.toLowerCase() === namespace.toLowerCase());
        if (taken) {
          return akamaiProblem(409, 'namespace_already_reserved', 'Conflict', {
            detail: `Namespace ${namespace} is already reserved${taken.owner.accountId === OWN_ACCOUNT ? ' by your account' : ' by another account'}.`,
            errors: [{ fieldName: 'namespace', title: `"${namespace}" is already reserved${taken.owner.accountId === OWN_ACCOUNT ? ' by your account' : ' by another account'}`, errorCode: 'namespace_already_reserved' }],
          });
        }
        reservationsCollection.insert({
          namespace,
          reserved: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          owner: { createdBy: CURRENT_USER, accountId: OWN_ACCOUNT },
          hostnames: [],
        });
        return new HttpResponse(null, { status: 201 });
      }),
    ),
    http.get(
      `${root}/search`,
      withScenario('akamai', ({ request }) => {
        const url = new URL(request.url);
        const global = flag(url, 'global');
        if (global instanceof Response) return global;
        const detail = flag(url, 'detail');
        if (detail instanceof Response) return detail;
        const match = url.searchParams.get('match') ?? '';
        const test = matchesPattern(match);
        const found = reservationsCollection
          .all()
          .filter((r) => (global || r.owner.accountId === OWN_ACCOUNT) && test(r.namespace))
          .sort((a, b) => a.namespace.localeCompare(b.namespace));
        const limited = match ? found : found.slice(0, SEARCH_DEFAULT_LIMIT);
        const body: Reservation[] = limited.map((r) => {
          const wire = reservationWire(r);
          if (!detail || r.owner.accountId !== OWN_ACCOUNT) return wire;
          const jurisdictions = configurationsCollection
            .all()
            .filter((c) => c.namespace === r.namespace)
            .map((c) => c.jurisdiction);
          return {
            ...wire,
            connectionDetails: jurisdictions.map((j) => ({
              jurisdiction: j,
              mqttHostname: `${r.namespace.toLowerCase()}.${j}.iot-edge.example`,
              mqttPort: 8883,
              httpHostname: `${r.namespace.toLowerCase()}.${j}.iot-edge-http.example`,
            })),
          };
        });
        return HttpResponse.json(body);
      }),
    ),
    http.delete(
      `${root}/:namespace`,
      withScenario('akamai', ({ params }) => {
        const namespace = String(params.namespace);
        const owner = ownNamespace(namespace);
        if (owner instanceof Response) return owner;
        const remaining = configurationsCollection.all().filter((c) => c.namespace === namespace);
        if (remaining.length > 0) {
          return conflict(
            'namespace_has_configurations',
            `Namespace ${namespace} still has configurations in ${remaining.map((c) => c.jurisdiction).join(', ')}. Delete all configurations of this namespace across jurisdictions first.`,
          );
        }
        reservationsCollection.remove(namespace);
        return new HttpResponse(null, { status: 200 });
      }),
    ),
    http.get(
      `${root}/:namespace/configurations`,
      withScenario('akamai', ({ params }) => {
        const namespace = String(params.namespace);
        const owner = ownNamespace(namespace);
        if (owner instanceof Response) return owner;
        const order = (j: string) => AKAMAI_JURISDICTIONS.indexOf(j as AkamaiJurisdiction);
        const body: ConfigurationWire[] = configurationsCollection
          .all()
          .filter((c) => c.namespace === namespace)
          .sort((a, b) => order(a.jurisdiction) - order(b.jurisdiction))
          .map((c) => configurationWire(c, 'topicFilter'));
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${root}/:namespace/configurations`,
      withScenario('akamai', async ({ request, params }) => {
        const namespace = String(params.namespace);
        const owner = ownNamespace(namespace);
        if (owner instanceof Response) return owner;
        const body = await readJson(request);
        if (!body) return validationProblem([{ title: 'the request body is not a JSON object', errorCode: 'invalid_json' }]);
        const errors: ProblemEntry[] = [];
        const jurisdiction = body.jurisdiction;
        if (!isJurisdiction(jurisdiction)) errors.push({ fieldName: 'jurisdiction', title: `must be one of ${AKAMAI_JURISDICTIONS.join(', ')}`, errorCode: 'invalid_jurisdiction' });
        const parsed = parseAcls(body.acls ?? []);
        if ('errors' in parsed) errors.push(...parsed.errors);
        if (errors.length > 0 || !isJurisdiction(jurisdiction) || 'errors' in parsed) return validationProblem(errors);
        if (configurationsCollection.has(configurationId(namespace, jurisdiction))) {
          return conflict('configuration_exists', `Namespace ${namespace} already has a configuration in jurisdiction ${jurisdiction}.`);
        }
        return applyAccepted(() => configurationsCollection.insert({ namespace, jurisdiction, storage: 100, topicExpiry: 7, acls: parsed.rules }));
      }),
    ),
    http.get(
      config,
      withScenario('akamai', ({ params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        return c instanceof Response ? c : HttpResponse.json(configurationWire(c, 'path'));
      }),
    ),
    http.put(
      config,
      withScenario('akamai', async ({ request, params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const body = await readJson(request);
        if (!body) return validationProblem([{ title: 'the request body is not a JSON object', errorCode: 'invalid_json' }]);
        const parsed = parseAcls(body.acls);
        if ('errors' in parsed) return validationProblem(parsed.errors);
        return applyAccepted(() => configurationsCollection.update(configurationId(c.namespace, c.jurisdiction), (current) => ({ ...current, acls: parsed.rules })));
      }),
    ),
    http.delete(
      config,
      withScenario('akamai', ({ params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const state = stateOf(c.namespace, c.jurisdiction);
        if (state.inFlight) {
          return conflict('operation_in_progress', `An ${state.inFlight.operationType.toLowerCase()} of version ${state.inFlight.version} is still in progress. Wait until it ends.`);
        }
        if (state.activeVersion !== null) {
          return conflict('configuration_active', `Version ${state.activeVersion} is active. To remove a configuration, deactivate the active version of this configuration.`);
        }
        configurationsCollection.remove(configurationId(c.namespace, c.jurisdiction));
        for (const v of versionsOf(c.namespace, c.jurisdiction)) versionsCollection.remove(versionId(v.namespace, v.jurisdiction, v.version));
        for (const o of operationsOf(c.namespace, c.jurisdiction)) operationsCollection.remove(o.id);
        return new HttpResponse(null, { status: 200 });
      }),
    ),
    http.get(
      `${config}/versions`,
      withScenario('akamai', ({ params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const now = Date.now();
        const ops = operationsOf(c.namespace, c.jurisdiction);
        const body: ActivationWire[] = versionsOf(c.namespace, c.jurisdiction).map((v) => {
          const last = ops.filter((o) => o.version === String(v.version)).at(-1);
          return {
            createdBy: v.createdBy,
            createdAt: v.createdAt,
            namespace: v.namespace,
            jurisdiction: v.jurisdiction,
            version: String(v.version),
            activationStatus: last ? statusOf(last, now) : 'NEW',
            operationType: last ? last.operationType : 'N/A',
          };
        });
        return HttpResponse.json(body);
      }),
    ),
    http.post(
      `${config}/versions`,
      withScenario('akamai', ({ params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const next = (versionsOf(c.namespace, c.jurisdiction).at(-1)?.version ?? 0) + 1;
        versionsCollection.insert({ namespace: c.namespace, jurisdiction: c.jurisdiction, version: next, createdBy: CURRENT_USER, createdAt: Date.now(), acls: c.acls });
        const body: CreatedVersion = { version: String(next) };
        return HttpResponse.json(body, { status: 201 });
      }),
    ),
    http.get(
      `${config}/versions/activations`,
      withScenario('akamai', ({ params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const now = Date.now();
        const body: ActivationWire[] = operationsOf(c.namespace, c.jurisdiction).map((o) => toActivation(o, now));
        return HttpResponse.json(body);
      }),
    ),
    http.put(
      `${config}/versions/active`,
      withScenario('akamai', ({ request, params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const state = new URL(request.url).searchParams.get('activation-state');
        if (state !== 'deactivated') {
          return validationProblem([{ fieldName: 'activation-state', title: 'specify deactivated to deactivate the active configuration version', errorCode: 'invalid_activation_state' }]);
        }
        if (hasScenario('activation-request-error')) return activationRequestError();
        const current = stateOf(c.namespace, c.jurisdiction);
        const pendingDeactivation = current.inFlight?.operationType === 'DEACTIVATION';
        if (current.activeVersion === null || pendingDeactivation) {
          const body: AlreadyDeactivated = { alreadyDeactivated: true };
          return HttpResponse.json(body);
        }
        startOperation(c.namespace, c.jurisdiction, current.activeVersion, 'DEACTIVATION');
        const body: AlreadyDeactivated = { alreadyDeactivated: false };
        return HttpResponse.json(body);
      }),
    ),
    // Not in the v1 reference: the rules a version holds, for comparing versions (see the client's getVersion).
    http.get(
      `${config}/versions/:version`,
      withScenario('akamai', ({ params }) => {
        // Not in the documented v1 API: served only when a scenario asks for it, else answered as the real API would.
        if (!hasScenario(VERSION_ENDPOINT_SCENARIO)) return notFound(`No route GET /versions/${String(params.version)}: the API does not return a version's rules.`);
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const v = versionsCollection.get(versionId(c.namespace, c.jurisdiction, String(params.version)));
        if (!v) return notFound(`Version ${String(params.version)} does not exist.`);
        return HttpResponse.json(configurationWire(c, 'path', v.acls));
      }),
    ),
    http.put(
      `${config}/versions/:version`,
      withScenario('akamai', ({ request, params }) => {
        const c = configurationOf(String(params.namespace), String(params.jurisdiction));
        if (c instanceof Response) return c;
        const state = new URL(request.url).searchParams.get('activation-state');
        if (state !== 'activated') {
          return validationProblem([{ fieldName: 'activation-state', title: 'specify activated to activate the configuration version', errorCode: 'invalid_activation_state' }]);
        }
        const version = String(params.version);
        if (!versionsCollection.has(versionId(c.namespace, c.jurisdiction, version))) return notFound(`Version ${version} does not exist.`);
        if (hasScenario('activation-request-error')) return activationRequestError();
        const current = stateOf(c.namespace, c.jurisdiction);
        const pendingSame = current.inFlight?.operationType === 'ACTIVATION' && current.inFlight.version === version;
        if ((current.activeVersion === version && !current.inFlight) || pendingSame) {
          const body: AlreadyActivated = { alreadyActivated: true };
          return HttpResponse.json(body);
        }
        startOperation(c.namespace, c.jurisdiction, version, 'ACTIVATION');
        const body: AlreadyActivated = { alreadyActivated: false };
        return HttpResponse.json(body);
      }),
    ),
  ];
}
