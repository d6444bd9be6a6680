/**
 * Throughput of createTopicMatcher (src/acl) against qlobber configured for MQTT, on the same
 * filters and topics, with a correctness cross-check. Run: npm run bench:acl
 */
import { createRequire } from 'node:module';
import { createTopicMatcher, topicMatches } from '../../src/acl/topic';

interface QlobberOptions {
  separator: string;
  wildcard_one: string;
  wildcard_some: string;
  match_empty_levels: boolean;
}
interface Qlobber {
  add(topic: string, value: number): Qlobber;
  match(topic: string): number[];
}
// qlobber ships no type declarations; this is the slice of its API the bench uses.
const { Qlobber } = createRequire(import.meta.url)('qlobber') as { Qlobber: new (options: QlobberOptions) => Qlobber };

const SIZES = [100, 1_000, 10_000];
const TOPIC_POOL = 8_192;
const WARMUP_MS = 250;
const ROUND_MS = 250;
const ROUNDS = 3;

/** mulberry32: small, fast, and the same sequence on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function names(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}${i}`);
}

// tenant/site/device-type/device-id/channel/metric
const VOCAB: readonly (readonly string[])[] = [
  names('tenant-', 8),
  names('site-', 40),
  ['sensor', 'gateway', 'meter', 'camera', 'lock', 'thermostat', 'pump', 'valve', 'light', 'tracker', 'hvac', 'robot'],
  names('dev-', 2_000),
  ['telemetry', 'status', 'event', 'cmd', 'config'],
  names('m', 30),
];
/** Chance that a filter level is a literal rather than `+`: tenants are nearly always named, ids less often. */
const LITERAL_P = [0.97, 0.8, 0.75, 0.7, 0.6, 0.65];
/** Chance that a filter ends early in `#`. */
const HASH_P = 0.3;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function makeFilters(n: number, random: () => number): string[] {
  const filters: string[] = [];
  for (let f = 0; f < n; f++) {
    const cut = random() < HASH_P ? 1 + Math.floor(random() * 5) : 6;
    const levels: string[] = [];
    for (let l = 0; l < cut; l++) levels.push(random() < (LITERAL_P[l] as number) ? pick(random, VOCAB[l] as string[]) : '+');
    if (cut < 6) levels.push('#');
    filters.push(levels.join('/'));
  }
  return filters;
}

function makeTopics(n: number, random: () => number, prefix = ''): string[] {
  return Array.from({ length: n }, () => prefix + VOCAB.map((vocab) => pick(random, vocab)).join('/'));
}

function throughput(match: (topic: string) => number, topics: readonly string[], ms: number): { perSecond: number; sink: number } {
  let sink = 0;
  let done = 0;
  let i = 0;
  const start = performance.now();
  let elapsed: number;
  do {
    for (let k = 0; k < 1024; k++) {
      sink += match(topics[i] as string);
      i = (i + 1) % topics.length;
    }
    done += 1024;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return { perSecond: (done * 1000) / elapsed, sink };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

const rows: Array<Record<string, string>> = [];
let sink = 0;
for (const size of SIZES) {
  const random = rng(0x5eed + size);
  const filters = makeFilters(size, random);
  const topics = makeTopics(TOPIC_POOL, random);
  // `$` topics whose later levels fit many filters: where wildcard-first filters must not match.
  const dollarTopics = makeTopics(1_024, random, '$SYS/').map((t) => t.split('/').slice(0, 6).join('/'));

  const ours = createTopicMatcher(filters);
  const qlobber = new Qlobber({ separator: '/', wildcard_one: '+', wildcard_some: '#', match_empty_levels: true });
  filters.forEach((filter, i) => qlobber.add(filter, i));

  // Sanity: the same matches as qlobber on ordinary topics, and as topicMatches on a sample.
  let mismatches = 0;
  let matched = 0;
  for (const topic of topics) {
    const a = ours.match(topic);
    const b = [...qlobber.match(topic)].sort((x, y) => x - y);
    matched += a.length;
    if (a.length !== b.length || a.some((v, k) => v !== b[k])) mismatches++;
  }
  for (const topic of topics.slice(0, 64)) {
    const expected = filters.flatMap((f, i) => (topicMatches(f, topic) ? [i] : []));
    if (expected.join() !== ours.match(topic).join()) mismatches++;
  }
  if (mismatches > 0) {
    console.error(`${size} filters: ${mismatches} topics matched differently`);
    process.exitCode = 1;
  }
  let qlobberDollar = 0;
  let oursDollar = 0;
  for (const topic of dollarTopics) {
    qlobberDollar += qlobber.match(topic).length;
    oursDollar += ours.match(topic).length;
  }

  const contenders: Array<[string, (topic: string) => number]> = [
    ['ours', (topic) => ours.match(topic).length],
    ['qlobber', (topic) => qlobber.match(topic).length],
  ];
  for (const [, fn] of contenders) sink += throughput(fn, topics, WARMUP_MS).sink;
  const results = new Map<string, number[]>(contenders.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of contenders) {
      const r = throughput(fn, topics, ROUND_MS);
      sink += r.sink;
      results.get(name)?.push(r.perSecond);
    }
  }
  const oursRate = median(results.get('ours') ?? []);
  const qlobberRate = median(results.get('qlobber') ?? []);
  rows.push({
    filters: fmt(size),
    'ours (topics/s)': fmt(oursRate),
    'qlobber (topics/s)': fmt(qlobberRate),
    'ours / qlobber': `${(oursRate / qlobberRate).toFixed(2)}x`,
    'matches/topic': (matched / topics.length).toFixed(2),
    'same matches': mismatches === 0 ? 'yes' : `NO (${mismatches})`,
    '$SYS/... matches (ours / qlobber)': `${oursDollar} / ${qlobberDollar}`,
  });
}

console.log('createTopicMatcher vs qlobber (separator "/", wildcard_one "+", wildcard_some "#", match_empty_levels true)');
console.log(`6-level topics, pool of ${fmt(TOPIC_POOL)}; median of ${ROUNDS} rounds of ${ROUND_MS} ms after ${WARMUP_MS} ms warm-up; Node ${process.version}`);
console.table(rows);
console.log('Filters starting with a wildcard must not match $SYS/... topics (MQTT 5.0 §4.7.2): every $SYS match above is qlobber being wrong.');
if (sink === -1) console.log(sink); // keeps the matched counts observable so no work is optimised away
