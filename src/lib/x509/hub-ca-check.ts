import { CertificateParseError, commonNameOf, isSignedBy, parseCertificate, summarizeCertificate, type CertificateSummary } from './certificate';

export type HubCaProblemField = 'ca_cert_pem' | 'challenge_cert_pem';

export interface HubCaProblem {
  field: HubCaProblemField;
  code: 'ca-unparsable' | 'challenge-unparsable' | 'not-signed-by-ca' | 'common-name-mismatch';
  message: string;
}

export interface HubCaCheckResult {
  problems: HubCaProblem[];
  ca: CertificateSummary | null;
  challenge: CertificateSummary | null;
}

/**
 * The checks Scaleway runs on "Set certificate authority", done first in the
 * browser so each failure gets its own message: both parse as X.509, the
 * challenge is signed by that CA, and its common name is the hub id.
 */
export async function checkHubCaChallenge(caPem: string, challengePem: string, hubId: string): Promise<HubCaCheckResult> {
  const problems: HubCaProblem[] = [];
  let ca = null;
  let challenge = null;
  try {
    ca = parseCertificate(caPem, 'CA certificate');
  } catch (error) {
    problems.push({ field: 'ca_cert_pem', code: 'ca-unparsable', message: messageOf(error) });
  }
  try {
    challenge = parseCertificate(challengePem, 'challenge certificate');
  } catch (error) {
    problems.push({ field: 'challenge_cert_pem', code: 'challenge-unparsable', message: messageOf(error) });
  }
  if (ca && challenge) {
    if (!(await isSignedBy(challenge, ca))) {
      problems.push({
        field: 'challenge_cert_pem',
        code: 'not-signed-by-ca',
        message: `The challenge certificate is not signed by this CA (it was issued by "${challenge.issuer}"). Sign the challenge with the CA's private key.`,
      });
    }
    const cn = commonNameOf(challenge);
    if (cn !== hubId) {
      problems.push({
        field: 'challenge_cert_pem',
        code: 'common-name-mismatch',
        message: `The challenge's common name must be the hub id "${hubId}", but it is ${cn ? `"${cn}"` : 'missing'}.`,
      });
    }
  }
  return {
    problems,
    ca: ca ? await summarizeCertificate(ca) : null,
    challenge: challenge ? await summarizeCertificate(challenge) : null,
  };
}

function messageOf(error: unknown): string {
  return error instanceof CertificateParseError ? error.message : 'The certificate could not be read.';
}
