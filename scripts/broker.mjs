// The embedded MQTT broker (aedes, MQTT 3.1.1) on loopback: WebSocket for the
// browser and plain TCP for Node clients. `npm run broker -- --help` for options.
//
// The WebSocket server sits on an HTTP server that answers GET with 200, so
// Playwright's webServer (and anyone with curl) can tell when it is ready.
import http from 'node:http';
import net from 'node:net';
import { parseArgs } from 'node:util';
import { Aedes } from 'aedes';
import { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { COMMON_BROKER_OPTIONS, spawnSimulator } from './broker-cli.mjs';

const HELP = `Usage: node scripts/broker.mjs [options]
  --ws-port <n>         WebSocket port (default 9001, env MQTT_WS_PORT)
  --tcp-port <n>        plain MQTT/TCP port, 0 to disable (default 1883, env MQTT_TCP_PORT)
  --host <addr>         listen address (default 127.0.0.1: loopback only)
  --deny-subscribe <f>  refuse subscriptions under this filter prefix (default "restricted/",
                        so a refused subscription can be seen in the panel; "" to allow all)
  --simulator           also run the device simulator against this broker
  --rate <n>            simulator messages per second (with --simulator)
  --seed <s>            simulator random seed (with --simulator)
  --quiet               log only errors`;

const { values: args } = parseArgs({
  options: {
    ...COMMON_BROKER_OPTIONS,
    'tcp-port': { type: 'string', default: process.env.MQTT_TCP_PORT ?? '1883' },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}

const wsPort = Number(args['ws-port']);
const tcpPort = Number(args['tcp-port']);
const host = args.host;
const denyPrefix = args['deny-subscribe'];
const log = (...parts) => {
  if (!args.quiet) console.log(...parts);
};

const broker = await Aedes.createBroker();

broker.authorizeSubscribe = (client, subscription, callback) => {
  if (denyPrefix && subscription.topic.startsWith(denyPrefix)) {
    // A null subscription makes aedes answer SUBACK 0x80 (failure) for this filter.
    callback(null, null);
    return;
  }
  callback(null, subscription);
};
broker.on('client', (client) => log(`client connected: ${client.id}`));
broker.on('clientDisconnect', (client) => log(`client disconnected: ${client.id}`));
broker.on('clientError', (client, err) => log(`client ${client.id} error: ${err.message}`));

function listen(server, port, label) {
  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      if (err.code === 'EADDRINUSE') reject(new Error(`${label} port ${port} on ${host} is in use: is another broker running? Pick another with --${label.toLowerCase()}-port.`));
      else reject(err);
    });
    server.listen(port, host, () => resolve());
  });
}

const httpServer = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`MQTT broker (aedes, MQTT 3.1.1). Connect a client to ws://${host}:${wsPort}\n`);
});
const wss = new WebSocketServer({ server: httpServer });
/** Bytes per WebSocket frame at most when coalescing. */
const MAX_FRAME_BYTES = 256 * 1024;

/**
 * A WebSocket as the byte stream aedes wants, with one difference from ws's
 * createWebSocketStream: writes made in the same turn of the event loop go out
 * as ONE WebSocket frame. aedes writes a PUBLISH in several pieces (header,
 * topic, payload), and a frame per piece costs the browser a message event
 * each: at 20,000 messages/s that is the bottleneck. MQTT over WebSocket allows
 * several packets, or part of one, per frame.
 */
function webSocketStream(socket) {
  let pending = [];
  let pendingBytes = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pendingBytes === 0) return;
    const frame = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (socket.readyState === socket.OPEN) socket.send(frame, { binary: true });
  };
  const stream = new Duplex({
    read() {},
    write(chunk, _encoding, callback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= MAX_FRAME_BYTES) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      callback();
    },
    final(callback) {
      flush();
      socket.close();
      callback();
    },
    destroy(err, callback) {
      pending = [];
      socket.terminate();
      callback(err);
    },
  });
  socket.on('message', (data) => stream.push(data));
  socket.on('close', () => stream.destroy());
  // A client going away mid-write must not crash the broker.
  socket.on('error', () => stream.destroy());
  stream.on('error', () => undefined);
  return stream;
}

wss.on('connection', (socket, req) => broker.handle(webSocketStream(socket), req));

const sockets = new Set();
const tcpServer = tcpPort > 0 ? net.createServer((socket) => broker.handle(socket)) : null;
tcpServer?.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});

try {
  await listen(httpServer, wsPort, 'WS');
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
log(`MQTT over WebSocket on ws://${host}:${wsPort}`);
if (tcpServer) {
  try {
    await listen(tcpServer, tcpPort, 'TCP');
    log(`MQTT over TCP on mqtt://${host}:${tcpPort}`);
  } catch (err) {
    // TCP is a convenience; the console only needs the WebSocket.
    console.warn(`${err.message} Continuing without TCP.`);
  }
}

let simulator = null;
if (args.simulator) {
  simulator = spawnSimulator(`ws://${host}:${wsPort}`, args);
  simulator.on('exit', (code, signal) => {
    if (!stopping) console.error(`simulator exited (${signal ?? code})`);
  });
}

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  simulator?.kill('SIGTERM');
  for (const client of wss.clients) client.terminate();
  for (const socket of sockets) socket.destroy();
  wss.close();
  httpServer.close();
  tcpServer?.close();
  broker.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
