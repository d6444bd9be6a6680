// `npm start`: the console with its embedded defaults. Starts Vite, and the local
// MQTT broker and device simulator when present, and stops them all on Ctrl-C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const children = [];
function run(name, command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const prefix = `[${name}] `;
  const pipe = (stream, out) => stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, prefix)));
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping everything.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

if (existsSync('scripts/broker.mjs')) run('broker', process.execPath, ['scripts/broker.mjs']);
if (existsSync('scripts/simulator.ts')) run('simulator', process.execPath, ['--import', 'tsx', 'scripts/simulator.ts']);
run('vite', process.execPath, ['node_modules/vite/bin/vite.js']);
