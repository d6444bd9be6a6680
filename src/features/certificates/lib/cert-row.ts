import type { DeviceCertificate } from '../../../api/nexigon/types';
import type { Certificate as LbCertificate, Lb } from '../../../api/scaleway-lb/types';

/** The three kinds of certificate the page gathers, one row shape for all. */
export const CERT_KINDS = ['device', 'lb', 'hub-ca'] as const;
export type CertKind = (typeof CERT_KINDS)[number];

export const KIND_LABELS: Record<CertKind, string> = { device: 'Device', lb: 'Load balancer', 'hub-ca': 'Hub CA' };

/**
 * Statuses as the APIs name them, lower-cased so one filter covers all kinds:
 * Nexigon device certificates (pending/active/rejected/revoked/conflict) and
 * Scaleway LB certificates (pending/ready/error). A hub CA has no status in
 * the API: it is `installed`.
 */
export const CERT_STATUSES = ['pending', 'active', 'conflict', 'rejected', 'revoked', 'ready', 'error', 'installed', 'unknown'] as const;
export type CertStatus = (typeof CERT_STATUSES)[number];

export const STATUS_LABELS: Record<CertStatus, string> = {
  pending: 'Pending',
  active: 'Active',
  conflict: 'Conflict',
  rejected: 'Rejected',
  revoked: 'Revoked',
  ready: 'Ready',
  error: 'Error',
  installed: 'Installed',
  unknown: 'Unknown',
};

export interface CertOwner {
  kind: 'device' | 'lb' | 'hub';
  id: string;
  name: string;
  /** Scaleway region (LB and hub owners). */
  region?: string;
  /** Nexigon project name (device owners). */
  project?: string;
}

export interface CertRow {
  /** Unique across kinds. */
  key: string;
  kind: CertKind;
  /** The provider's id: Nexigon certificate id, LB certificate id, hub id. */
  id: string;
  /** What the operator calls it: LB certificate name, CA common name, the device's name for device certificates. */
  name: string;
  /** Common name and alternative names (LB), subject (CA); empty for device certificates. */
  subject: string;
  alternativeNames: string[];
  fingerprint: string;
  status: CertStatus;
  statusDetails: string | null;
  /** `letsencryt`/`custom` for LB certificates (the API's spelling), else null. */
  type: string | null;
  /** Epoch ms; null when the API gives no date (always for device certificates). */
  notValidBefore: number | null;
  notValidAfter: number | null;
  firstSeen: number | null;
  owner: CertOwner;
}

function ms(value: string | null | undefined): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** The Nexigon API gives a device certificate's fingerprint, status and first seen only: no validity dates. */
export function deviceCertRow(cert: DeviceCertificate, device: { deviceId: string; name: string; project?: string }): CertRow {
  return {
    key: `device:${cert.certificateId}`,
    kind: 'device',
    id: cert.certificateId,
    name: device.name,
    subject: '',
    alternativeNames: [],
    fingerprint: cert.fingerprint,
    status: cert.status === 'Unknown' ? 'unknown' : (cert.status.toLowerCase() as CertStatus),
    statusDetails: null,
    type: null,
    notValidBefore: null,
    notValidAfter: null,
    firstSeen: ms(cert.firstSeen),
    owner: { kind: 'device', id: device.deviceId, name: device.name, project: device.project },
  };
}

export function lbCertRow(cert: LbCertificate, lb: Pick<Lb, 'id' | 'name'>, region: string): CertRow {
  return {
    key: `lb:${cert.id}`,
    kind: 'lb',
    id: cert.id,
    name: cert.name,
    subject: cert.common_name,
    alternativeNames: cert.subject_alternative_name,
    fingerprint: cert.fingerprint,
    status: cert.status === 'unknown' ? 'unknown' : cert.status,
    statusDetails: cert.status_details ?? null,
    type: cert.type,
    notValidBefore: ms(cert.not_valid_before),
    notValidAfter: ms(cert.not_valid_after),
    firstSeen: ms(cert.created_at),
    owner: { kind: 'lb', id: lb.id, name: lb.name, region },
  };
}

export interface HubCaSummary {
  subject: string;
  commonName: string | null;
  notBefore: Date;
  notAfter: Date;
  fingerprintSha256: string;
}

export function hubCaRow(summary: HubCaSummary, hub: { id: string; name: string; region: string }): CertRow {
  return {
    key: `hub-ca:${hub.id}`,
    kind: 'hub-ca',
    id: hub.id,
    name: summary.commonName ?? summary.subject,
    subject: summary.subject,
    alternativeNames: [],
    fingerprint: summary.fingerprintSha256,
    status: 'installed',
    statusDetails: null,
    type: null,
    notValidBefore: summary.notBefore.getTime(),
    notValidAfter: summary.notAfter.getTime(),
    firstSeen: null,
    owner: { kind: 'hub', id: hub.id, name: hub.name, region: hub.region },
  };
}

/** Where the row's owner shows this certificate. */
export function ownerPath(owner: CertOwner): string {
  switch (owner.kind) {
    case 'device':
      return `/devices/${encodeURIComponent(owner.id)}?tab=certificates`;
    case 'lb':
      return `/load-balancers/${encodeURIComponent(owner.region ?? '')}/${encodeURIComponent(owner.id)}?tab=certificates`;
    case 'hub':
      return `/hubs/${encodeURIComponent(owner.region ?? '')}/${encodeURIComponent(owner.id)}?tab=ca`;
  }
}
