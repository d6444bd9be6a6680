import * as z from 'zod/mini';
import { aclRuleSchema, type AkamaiAclRule } from './types';
import { readLocalJson, writeLocalJson } from '../local-json';

/**
 * The v1 API lists versions but does not document a way to read a version's rules. When the
 * console creates a version it keeps the rules it snapshotted, so it can compare that version
 * later even against a server that only implements the documented endpoints.
 */
const KEY = 'iotc.akamai.version-snapshots.v1';
const MAX_SNAPSHOTS = 200;
/** A snapshot belongs to the version only if the version was created around the time it was taken. */
const SAME_VERSION_WINDOW_MS = 60 * 60_000;

const snapshotSchema = z.object({ takenAt: z.number(), rules: z.array(aclRuleSchema) });
const storeSchema = z.record(z.string(), snapshotSchema);
type Store = z.infer<typeof storeSchema>;

const keyOf = (namespace: string, jurisdiction: string, version: string) => `${namespace}/${jurisdiction}/${version}`;

function load(): Store {
  const parsed = storeSchema.safeParse(readLocalJson(KEY));
  return parsed.success ? parsed.data : {};
}

export function rememberVersionSnapshot(namespace: string, jurisdiction: string, version: string, rules: readonly AkamaiAclRule[]): void {
  const store = load();
  store[keyOf(namespace, jurisdiction, version)] = { takenAt: Date.now(), rules: [...rules] };
  const entries = Object.entries(store).sort((a, b) => b[1].takenAt - a[1].takenAt).slice(0, MAX_SNAPSHOTS);
  writeLocalJson(KEY, Object.fromEntries(entries));
}

/** The rules of a version this console created, if the version's creation time fits the snapshot. */
export function findVersionSnapshot(namespace: string, jurisdiction: string, version: string, createdAt: number | undefined): AkamaiAclRule[] | null {
  const snapshot = load()[keyOf(namespace, jurisdiction, version)];
  if (!snapshot) return null;
  if (createdAt !== undefined && Math.abs(createdAt - snapshot.takenAt) > SAME_VERSION_WINDOW_MS) return null;
  return snapshot.rules;
}

export function forgetVersionSnapshots(namespace: string, jurisdiction: string): void {
  const prefix = `${namespace}/${jurisdiction}/`;
  const store = load();
  writeLocalJson(KEY, Object.fromEntries(Object.entries(store).filter(([key]) => !key.startsWith(prefix))));
}

/** The versions (of those listed) whose rules this browser kept when it created them. */
export function versionsWithSnapshots<V extends { version: string; createdAt: number }>(namespace: string, jurisdiction: string, versions: readonly V[]): V[] {
  return versions.filter((v) => findVersionSnapshot(namespace, jurisdiction, v.version, v.createdAt) !== null);
}
