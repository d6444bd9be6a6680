import { buildLbSeed, type LbSeed, type MockAcl, type MockBackend, type MockCertificate, type MockFrontend, type MockIp, type MockLb, type MockPrivateNetwork, type MockRoute, type MockSubscriber } from '../seed/scaleway-lb';
import { createCollection } from './collection';

/** Each collection takes its slice of one seed, so ids line up across them. */
const part = <K extends keyof LbSeed>(key: K) => (): LbSeed[K] => buildLbSeed()[key];

export const lbsCollection = createCollection<MockLb>({ name: 'scaleway-lb.lbs', seed: part('lbs'), id: (r) => r.id });
export const lbIpsCollection = createCollection<MockIp>({ name: 'scaleway-lb.ips', seed: part('ips'), id: (r) => r.id });
export const lbBackendsCollection = createCollection<MockBackend>({ name: 'scaleway-lb.backends', seed: part('backends'), id: (r) => r.id });
export const lbFrontendsCollection = createCollection<MockFrontend>({ name: 'scaleway-lb.frontends', seed: part('frontends'), id: (r) => r.id });
export const lbAclsCollection = createCollection<MockAcl>({ name: 'scaleway-lb.acls', seed: part('acls'), id: (r) => r.id });
export const lbCertificatesCollection = createCollection<MockCertificate>({ name: 'scaleway-lb.certificates', seed: part('certificates'), id: (r) => r.id });
export const lbRoutesCollection = createCollection<MockRoute>({ name: 'scaleway-lb.routes', seed: part('routes'), id: (r) => r.id });
/** One record per attachment: a private network can serve several load balancers. */
export const lbPrivateNetworksCollection = createCollection<MockPrivateNetwork>({ name: 'scaleway-lb.private-networks', seed: part('privateNetworks'), id: (r) => `${r.lb_id}:${r.private_network_id}` });
export const lbSubscribersCollection = createCollection<MockSubscriber>({ name: 'scaleway-lb.subscribers', seed: part('subscribers'), id: (r) => r.id });
