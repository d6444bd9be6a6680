import { HttpResponse, type HttpHandler } from 'msw';
import type { CreateCertificateRequest, ListCertificatesResponse, UpdateCertificateRequest } from '../../src/api/scaleway-lb/types';
import { hasScenario } from '../../src/lib/mock-scenario';
import type { MockCertificate, MockLb } from '../seed/scaleway-lb';
import { lbCertificatesCollection, lbFrontendsCollection } from '../store/scaleway-lb';
import type { Problems } from './scaleway-lb-kit';
import { change, checkHostname, checkName, getOne, listUnder, precondition } from './scaleway-lb-kit';
import { certificateWire, lbIn, liveCertificate, lockedOrTransient } from './scaleway-lb-model';
import { SETTLE_MS } from './scaleway-lb-common';

/** Scaleway Load Balancer API v1 mock: certificates. The checks every endpoint shares are in scaleway-lb-kit.ts. */

const FAILING_TLDS = /\.(invalid|test|local|localhost|example)$/i;

async function certificateFromChain(p: Problems, chain: unknown): Promise<Partial<MockCertificate> | null> {
  if (typeof chain !== 'string' || chain.trim() === '') {
    p.required('custom_certificate.certificate_chain');
    return null;
  }
  const { inspectCertificateChain } = await import('../../src/lib/x509/certificate-chain');
  const inspection = await inspectCertificateChain(chain);
  for (const problem of inspection.problems) p.add('custom_certificate.certificate_chain', problem, 'format');
  if (!inspection.leaf || inspection.problems.length) return null;
  if (inspection.leaf.notAfter.getTime() <= Date.now()) p.add('custom_certificate.certificate_chain', `the certificate expired on ${inspection.leaf.notAfter.toISOString().slice(0, 10)}`);
  return {
    common_name: inspection.leaf.commonName ?? inspection.leaf.subjectAlternativeNames[0] ?? '',
    subject_alternative_name: inspection.leaf.subjectAlternativeNames.filter((n) => n !== inspection.leaf?.commonName),
    fingerprint: inspection.leaf.fingerprintSha1,
    not_valid_before: inspection.leaf.notBefore.toISOString(),
    not_valid_after: inspection.leaf.notAfter.toISOString(),
  };
}

const certificateIn = (region: string, id: string) => {
  const certificate = liveCertificate(id);
  const lb = certificate ? lbIn(region, certificate.lb_id) : undefined;
  return certificate && lb ? { certificate, lb } : undefined;
};

const hex = (bytes: number) => [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** Let's Encrypt: pending, then ready with 90 days of validity, or failed when a name does not resolve (or with `?scenario=lb-cert-fail`). */
function letsEncryptSettle(names: readonly string[], now: number): MockCertificate['settle'] {
  const failing = hasScenario('lb-cert-fail') ? names[0] : names.find((n) => FAILING_TLDS.test(n));
  const at = now + SETTLE_MS;
  const updated_at = new Date(at).toISOString();
  if (failing !== undefined) {
    return [{ at, patch: { status: 'error', updated_at, status_details: `acme: error: 400 :: urn:ietf:params:acme:error:dns :: DNS problem: NXDOMAIN looking up A for ${failing} - check that a DNS record exists for this domain and that it points to the load balancer IP` } }];
  }
  return [{ at, patch: { status: 'ready', updated_at, fingerprint: hex(20), not_valid_before: new Date(now).toISOString(), not_valid_after: new Date(now + 90 * 86_400_000).toISOString() } }];
}

export function certificateHandlers(base: string): HttpHandler[] {
  const nameTaken = (lbId: string, name: unknown, selfId?: string) => typeof name === 'string' && lbCertificatesCollection.all().some((c) => c.lb_id === lbId && c.id !== selfId && c.name === name);
  // What the check read from an imported chain, for the same request's apply.
  const imported = new WeakMap<object, Partial<MockCertificate>>();
  return [
    listUnder(
      `${base}/lbs/:lbId/certificates`,
      'lbId',
      'lb',
      lbIn,
      (lb) => lbCertificatesCollection.all().filter((c) => c.lb_id === lb.id).map((c) => liveCertificate(c.id) ?? c),
      (page, total): ListCertificatesResponse => ({ certificates: page.map(certificateWire), total_count: total }),
      { name: (c) => c.name },
    ),
    change<MockLb, CreateCertificateRequest>('post', `${base}/lbs/:lbId/certificates`, 'lbId', 'lb', lbIn, {
      check: async (p, body, lb) => {
        checkName(p, 'name', body.name);
        if (nameTaken(lb.id, body.name)) p.add('name', `a certificate named "${String(body.name)}" already exists on this load balancer`);
        const le = body.letsencrypt;
        const custom = body.custom_certificate;
        if (le && custom) p.add('letsencrypt', 'only one of letsencrypt and custom_certificate may be set');
        if (!le && !custom) p.add('letsencrypt', 'one of letsencrypt or custom_certificate is required', 'required');
        if (le) {
          checkHostname(p, 'letsencrypt.common_name', le.common_name);
          (le.subject_alternative_name ?? []).forEach((n, i) => checkHostname(p, `letsencrypt.subject_alternative_name.${i}`, n));
          if ((le.subject_alternative_name ?? []).length > 99) p.add('letsencrypt.subject_alternative_name', 'at most 99 alternative names');
        } else if (custom) {
          const read = await certificateFromChain(p, custom.certificate_chain);
          if (read) imported.set(custom, read);
        }
      },
      guard: lockedOrTransient,
      apply: (lb, body) => {
        const now = Date.now();
        const le = body.letsencrypt;
        const base: MockCertificate = {
          id: crypto.randomUUID(),
          name: String(body.name),
          type: le ? 'letsencryt' : 'custom',
          common_name: le ? String(le.common_name) : '',
          subject_alternative_name: le?.subject_alternative_name ?? [],
          fingerprint: '',
          not_valid_before: null,
          not_valid_after: null,
          status: le ? 'pending' : 'ready',
          status_details: null,
          created_at: new Date(now).toISOString(),
          updated_at: new Date(now).toISOString(),
          lb_id: lb.id,
          settle: le ? letsEncryptSettle([String(le.common_name), ...(le.subject_alternative_name ?? [])], now) : [],
        };
        const cert = le || !body.custom_certificate ? base : { ...base, ...imported.get(body.custom_certificate) };
        lbCertificatesCollection.insert(cert);
        return HttpResponse.json(certificateWire(cert));
      },
    }),
    getOne(`${base}/certificates/:certificateId`, 'certificateId', 'certificate', certificateIn, (found) => certificateWire(found.certificate)),
    change<NonNullable<ReturnType<typeof certificateIn>>, UpdateCertificateRequest>('put', `${base}/certificates/:certificateId`, 'certificateId', 'certificate', certificateIn, {
      check: (p, body, { certificate }) => {
        checkName(p, 'name', body.name);
        if (nameTaken(certificate.lb_id, body.name, certificate.id)) p.add('name', `a certificate named "${String(body.name)}" already exists on this load balancer`);
      },
      apply: ({ certificate }, body) => {
        const updated = lbCertificatesCollection.update(certificate.id, (c) => ({ ...c, name: String(body.name), updated_at: new Date().toISOString() }));
        return HttpResponse.json(certificateWire(updated ?? certificate));
      },
    }),
    change<NonNullable<ReturnType<typeof certificateIn>>>('delete', `${base}/certificates/:certificateId`, 'certificateId', 'certificate', certificateIn, {
      refuse: ({ certificate }) => {
        const users = lbFrontendsCollection.all().filter((f) => f.certificate_ids.includes(certificate.id));
        return users.length ? precondition(`certificate ${certificate.name} is used by frontend ${users.map((f) => f.name).join(', ')}: remove it from the frontend first`, 'resource_still_in_use') : undefined;
      },
      apply: ({ certificate }) => {
        lbCertificatesCollection.remove(certificate.id);
        return new HttpResponse(null, { status: 204 });
      },
    }),
  ];
}
