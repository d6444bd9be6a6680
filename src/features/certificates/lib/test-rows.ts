import type { CertRow } from './cert-row';

/** A row with defaults, for unit tests. */
export function row(patch: Partial<CertRow> & Pick<CertRow, 'key'>): CertRow {
  return {
    kind: 'lb',
    id: patch.key,
    name: patch.key,
    subject: '',
    alternativeNames: [],
    fingerprint: '',
    status: 'ready',
    statusDetails: null,
    type: null,
    notValidBefore: null,
    notValidAfter: null,
    firstSeen: null,
    owner: { kind: 'lb', id: 'lb-1', name: 'edge', region: 'fr-par' },
    ...patch,
  };
}
