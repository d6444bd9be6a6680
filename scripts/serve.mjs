// `npm run serve`: the production build with a same-origin proxy per provider.
// Options: `npm run serve -- --help`.
import { createAuditLog } from './serve/audit.mjs';
import { parseOptions } from './serve/options.mjs';
import { createConsoleServer } from './serve/server.mjs';

let options;
let auditLog;
try {
  options = parseOptions(process.argv.slice(2), process.env);
  if (!('help' in options)) auditLog = createAuditLog(options.auditLog);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if ('help' in options) {
  console.log(options.help);
  process.exit(0);
}
const server = createConsoleServer(options, { log: (line) => console.log(line), audit: auditLog.write });
server.listen(options.port, options.host, () => {
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const mode = [options.demo && 'demo: mock backend served', options.auth === 'oidc' ? `sign-in with ${options.oidc?.issuer}` : 'no sign-in (loopback only)'].filter(Boolean).join('; ');
  console.log(`IoT Fleet Console on http://${options.host}:${port}${options.publicUrl ? `, opened as ${options.publicUrl}` : ''} (${mode})`);
  for (const [provider, upstream] of Object.entries(options.upstreams)) console.log(`  /proxy/${provider} -> ${upstream ?? '(not configured)'}`);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: no new connections; finishing the requests in flight (up to ${options.shutdownTimeoutMs} ms)`);
    void server.shutdown(options.shutdownTimeoutMs).then(async (outcome) => {
      await auditLog.close();
      process.exit(outcome === 'drained' ? 0 : 1);
    });
  });
}
