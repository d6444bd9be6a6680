/** PEM framing only (no crypto), so validators can say "this is not a PEM" cheaply and without throwing. */
const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export interface PemBlock {
  label: string;
  base64: string;
}

export function readPemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  if (typeof text !== 'string') return blocks;
  for (const match of text.matchAll(BLOCK)) {
    const label = match[1] ?? '';
    const base64 = (match[2] ?? '').replace(/\s+/g, '');
    blocks.push({ label, base64 });
  }
  return blocks;
}

export function looksLikeBase64(text: string): boolean {
  return text.length > 0 && text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);
}

export type PemShapeProblem = 'empty' | 'no-certificate' | 'bad-base64' | 'several-certificates';

/** Checks that `text` holds exactly one (or, with allowChain, at least one) well-formed CERTIFICATE block. */
export function checkCertificatePemShape(text: string, options: { allowChain?: boolean } = {}): PemShapeProblem | null {
  if (typeof text !== 'string' || text.trim() === '') return 'empty';
  const certs = readPemBlocks(text).filter((b) => b.label === 'CERTIFICATE');
  if (certs.length === 0) return 'no-certificate';
  if (certs.some((c) => !looksLikeBase64(c.base64))) return 'bad-base64';
  if (!options.allowChain && certs.length > 1) return 'several-certificates';
  return null;
}

export function describePemProblem(problem: PemShapeProblem, what: string): string {
  switch (problem) {
    case 'empty':
      return `Paste the ${what} in PEM format.`;
    case 'no-certificate':
      return `The ${what} must be a PEM certificate ("-----BEGIN CERTIFICATE-----" … "-----END CERTIFICATE-----").`;
    case 'bad-base64':
      return `The ${what} is damaged: its PEM body is not valid base64.`;
    case 'several-certificates':
      return `The ${what} must contain exactly one certificate.`;
  }
}
