// @ts-check
import fs from 'node:fs';

/**
 * One line of the audit trail: who changed what, where, and how it went. Built from named
 * fields only, so a token, cookie, signature or query string cannot slip in by accident.
 * @typedef {object} AuditEntry
 * @property {string} time         ISO 8601, when the call arrived
 * @property {{ sub: string, email: string | null } | null} user  null without sign-in (--auth none)
 * @property {string} provider
 * @property {string} method
 * @property {string} path         the upstream path, without the query string (it can hold secrets)
 * @property {number} status       what the upstream answered (502: it could not be reached)
 * @property {number} durationMs
 */

export const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** @param {AuditEntry} entry */
export function auditLine(entry) {
  const { time, user, provider, method, path, status, durationMs } = entry;
  return `${JSON.stringify({ type: 'audit', time, user: user && { sub: user.sub, email: user.email }, provider, method, path: path.split('?')[0], status, durationMs })}\n`;
}

/**
 * Appends audit lines to a file (created if missing, never truncated), or writes them to
 * stdout. The file is opened at once, so a wrong path stops the server at start-up instead of
 * losing the trail later.
 * @param {string | null} file
 * @returns {{ write: (entry: AuditEntry) => void, close: () => Promise<void> }}
 */
export function createAuditLog(file) {
  if (!file) return { write: (entry) => void process.stdout.write(auditLine(entry)), close: async () => undefined };
  const stream = fs.createWriteStream(file, { fd: fs.openSync(file, 'a', 0o600) });
  stream.on('error', (error) => console.error(`audit log ${file}: ${error.message}`));
  return {
    write: (entry) => void stream.write(auditLine(entry)),
    close: () => new Promise((resolve) => stream.end(resolve)),
  };
}
