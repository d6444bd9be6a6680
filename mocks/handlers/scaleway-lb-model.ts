import type { Acl, Backend, BackendServerStats, Certificate, Frontend, Ip, Lb, PrivateNetwork, Route, Subscriber } from '../../src/api/scaleway-lb/types';
import { LB_TRANSIENT_STATUSES } from '../../src/api/scaleway-lb/types';
import { hashString } from '../lib/random';
import { LB_PROBLEMS } from '../seed/scaleway-lb-ids';
import { defaultReverse, type MockAcl, type MockBackend, type MockCertificate, type MockFrontend, type MockIp, type MockLb, type MockPrivateNetwork, type MockRoute, type MockSubscriber, type Settle } from '../seed/scaleway-lb';
import { lbBackendsCollection, lbCertificatesCollection, lbFrontendsCollection, lbIpsCollection, lbPrivateNetworksCollection, lbRoutesCollection, lbsCollection, lbSubscribersCollection } from '../store/scaleway-lb';
import { precondition, transient } from './scaleway-lb-kit';

/**
 * The Load Balancer mock's model over the store: records that settle with
 * time, the nested wire objects built from flat records, lookups scoped to
 * a region, and the server health the stats endpoints report.
 */

// Time-based transitions

export function settle<T extends { settle: Array<Settle<T>> }>(record: T, now = Date.now()): T | null {
  if (record.settle.length === 0 || (record.settle[0]?.at ?? Infinity) > now) return null;
  let next = record;
  const remaining: Array<Settle<T>> = [];
  for (const step of record.settle) {
    if (step.at <= now) next = { ...next, ...step.patch };
    else remaining.push(step);
  }
  return { ...next, settle: remaining };
}

export function liveLb(id: string): MockLb | undefined {
  const lb = lbsCollection.get(id);
  if (!lb) return undefined;
  const next = settle(lb);
  return next ? lbsCollection.update(id, () => next) : lb;
}

export function liveCertificate(id: string): MockCertificate | undefined {
  const cert = lbCertificatesCollection.get(id);
  if (!cert) return undefined;
  const next = settle(cert);
  return next ? lbCertificatesCollection.update(id, () => next) : cert;
}

export const pnKey = (pn: Pick<MockPrivateNetwork, 'lb_id' | 'private_network_id'>) => `${pn.lb_id}:${pn.private_network_id}`;

export function livePrivateNetworks(lbId: string): MockPrivateNetwork[] {
  return lbPrivateNetworksCollection
    .all()
    .filter((p) => p.lb_id === lbId)
    .map((p) => {
      const next = settle(p);
      return next ? (lbPrivateNetworksCollection.update(pnKey(p), () => next) ?? p) : p;
    });
}

// Wire objects

export function lbWire(lb: MockLb): Lb {
  const { subscriber_id, settle: _settle, ...rest } = lb;
  const frontends = lbFrontendsCollection.all().filter((f) => f.lb_id === lb.id);
  const frontendIds = new Set(frontends.map((f) => f.id));
  const subscriber = subscriber_id ? lbSubscribersCollection.get(subscriber_id) : undefined;
  return {
    ...rest,
    ip: lbIpsCollection.all().filter((ip) => ip.lb_id === lb.id).map(ipWire),
    frontend_count: frontends.length,
    backend_count: lbBackendsCollection.all().filter((b) => b.lb_id === lb.id).length,
    private_network_count: lbPrivateNetworksCollection.all().filter((p) => p.lb_id === lb.id).length,
    route_count: lbRoutesCollection.all().filter((r) => frontendIds.has(r.frontend_id)).length,
    subscriber: subscriber ? subscriberWire(subscriber) : null,
  };
}

export function ipWire(ip: MockIp): Ip {
  return { ...ip };
}

export function subscriberWire(s: MockSubscriber): Subscriber {
  return { id: s.id, name: s.name, email_config: s.email_config ?? null, webhook_config: s.webhook_config ?? null };
}

export function backendWire(b: MockBackend): Backend {
  const { lb_id, ...rest } = b;
  const lb = liveLb(lb_id);
  return { ...rest, lb: lb ? lbWire(lb) : null };
}

export function certificateWire(c: MockCertificate): Certificate {
  const { lb_id, settle: _settle, ...rest } = c;
  const lb = liveLb(lb_id);
  return { ...rest, lb: lb ? lbWire(lb) : null };
}

export function frontendWire(f: MockFrontend): Frontend {
  const { lb_id, backend_id, ...rest } = f;
  const lb = liveLb(lb_id);
  const backend = lbBackendsCollection.get(backend_id);
  const firstCertificate = f.certificate_ids[0] ? liveCertificate(f.certificate_ids[0]) : undefined;
  return { ...rest, lb: lb ? lbWire(lb) : null, backend: backend ? backendWire(backend) : null, certificate: firstCertificate ? certificateWire(firstCertificate) : null };
}

export function aclWire(a: MockAcl): Acl {
  const { frontend_id, ...rest } = a;
  const frontend = lbFrontendsCollection.get(frontend_id);
  return { ...rest, frontend: frontend ? frontendWire(frontend) : null };
}

export function routeWire(r: MockRoute): Route {
  const { region: _region, ...rest } = r;
  return rest;
}

export function privateNetworkWire(p: MockPrivateNetwork): PrivateNetwork {
  const { lb_id, settle: _settle, ...rest } = p;
  const lb = liveLb(lb_id);
  return { ...rest, lb: lb ? lbWire(lb) : null };
}

// Lookups, always within the region of the path

export function lbIn(region: string, id: string): MockLb | undefined {
  const lb = liveLb(id);
  return lb && lb.region === region ? lb : undefined;
}

export function backendIn(region: string, id: string): { backend: MockBackend; lb: MockLb } | undefined {
  const backend = lbBackendsCollection.get(id);
  const lb = backend ? lbIn(region, backend.lb_id) : undefined;
  return backend && lb ? { backend, lb } : undefined;
}

export function frontendIn(region: string, id: string): { frontend: MockFrontend; lb: MockLb } | undefined {
  const frontend = lbFrontendsCollection.get(id);
  const lb = frontend ? lbIn(region, frontend.lb_id) : undefined;
  return frontend && lb ? { frontend, lb } : undefined;
}

/** Configuration changes wait until the load balancer is settled, as on the real API. */
export function lockedOrTransient(lb: MockLb): Response | undefined {
  if (LB_TRANSIENT_STATUSES.includes(lb.status)) return transient('lb', lb.id, lb.status);
  if (lb.status === 'locked') return precondition(`load balancer ${lb.name} is locked: contact Scaleway support`, 'resource_locked');
  return undefined;
}

export function ipsFor(region: string, lbId: string): MockIp[] {
  return lbIpsCollection.all().filter((ip) => ip.region === region && ip.lb_id === lbId);
}

let ipCounter = 0;
export function allocateAddress(region: string, ipv6: boolean): string {
  const used = new Set(lbIpsCollection.all().map((ip) => ip.ip_address));
  for (let i = 0; i < 10_000; i++) {
    ipCounter++;
    const n = (hashString(`${region}:${ipCounter}`) % 250) + 2;
    const m = (hashString(`${region}:${ipCounter}:b`) % 250) + 1;
    const address = ipv6 ? `2001:bc8:${region === 'fr-par' ? '710' : region === 'nl-ams' ? '1200' : '1d00'}:${m.toString(16)}::${n.toString(16)}` : region === 'pl-waw' ? `151.115.${m}.${n}` : region === 'nl-ams' ? `51.15.${m}.${n}` : `51.159.${m}.${n}`;
    if (!used.has(address)) return address;
  }
  return ipv6 ? '2001:db8::1' : '192.0.2.1';
}

export function newIp(region: string, zone: string, projectId: string, organizationId: string, ipv6: boolean, extra: { reverse?: string; tags?: string[]; lb_id?: string | null } = {}): MockIp {
  const address = allocateAddress(region, ipv6);
  return {
    id: crypto.randomUUID(),
    ip_address: address,
    organization_id: organizationId,
    project_id: projectId,
    lb_id: extra.lb_id ?? null,
    reverse: extra.reverse ?? defaultReverse(address, region),
    tags: extra.tags ?? [],
    region,
    zone,
  };
}

export const FLAP_MS = 20_000;
export const STARTING_MS = 8_000;

/** A server the seed has down on every instance (LB_PROBLEMS.serversDown), and for how long. */
function seededDown(lb: MockLb, backend: MockBackend, ip: string): number | undefined {
  return LB_PROBLEMS.serversDown.find((d) => d.lbId === lb.id && d.backend === backend.name && d.ip === ip)?.downForHours;
}

/**
 * Per instance and server: most servers are up, the seeded problems and a few
 * others are down for good, one in a dozen flaps every 20 s (so the page
 * visibly refreshes), and servers just added are "starting" for a few seconds.
 */
export function backendServerStats(lb: MockLb, backendId: string | null, now = Date.now()): BackendServerStats[] {
  const out: BackendServerStats[] = [];
  const backends = lbBackendsCollection.all().filter((b) => b.lb_id === lb.id && (!backendId || b.id === backendId));
  for (const backend of backends) {
    for (const ip of backend.pool) {
      const h = hashString(`${backend.id}:${ip}`) % 100;
      const sinceChange = now - Date.parse(backend.updated_at ?? '');
      for (const instance of lb.instances) {
        let state: BackendServerStats['server_state'] = 'running';
        let check: BackendServerStats['last_health_check_status'] = 'passed';
        // Hours to weeks ago: servers restart now and then.
        let changed = new Date(now - (h + 1) * 4 * 3_600_000).toISOString();
        if (lb.status === 'stopped' || lb.status === 'error') {
          state = 'stopped';
          check = 'unknown';
        } else if (sinceChange >= 0 && sinceChange < STARTING_MS) {
          state = 'starting';
          check = 'neutral';
          changed = backend.updated_at ?? changed;
        } else if (seededDown(lb, backend, ip) !== undefined) {
          state = 'stopped';
          check = 'failed';
          changed = new Date(now - (seededDown(lb, backend, ip) ?? 0) * 3_600_000).toISOString();
        } else if (h < 7) {
          state = 'stopped';
          check = 'failed';
        } else if (h < 15) {
          const bucket = Math.floor(now / FLAP_MS);
          const up = (bucket + h) % 2 === 0;
          state = up ? 'running' : 'stopped';
          check = up ? 'passed' : 'failed';
          changed = new Date(bucket * FLAP_MS).toISOString();
        }
        out.push({ instance_id: instance.id, backend_id: backend.id, ip, server_state: state, server_state_changed_at: changed, last_health_check_status: check });
      }
    }
  }
  return out;
}

