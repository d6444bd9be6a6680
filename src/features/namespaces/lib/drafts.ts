import * as z from 'zod/mini';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { aclRuleSchema } from '../../../api/akamai/types';
import { readLocalJson, removeLocal, writeLocalJson } from '../../../api/local-json';

/**
 * Unsaved ACL edits, kept per configuration on this device so an accidental navigation or
 * reload loses nothing. `base` fingerprints the saved rules the draft started from, to tell
 * the user when the server's configuration changed meanwhile.
 */
export interface AclDraft {
  rules: AkamaiAclRule[];
  savedAt: number;
  base: string;
}

const draftSchema = z.object({ rules: z.array(aclRuleSchema), savedAt: z.number(), base: z.string() });

export const draftKey = (namespace: string, jurisdiction: string) => `iotc.draft.akamai.${namespace}.${jurisdiction}`;

export function loadDraft(namespace: string, jurisdiction: string): AclDraft | null {
  const parsed = draftSchema.safeParse(readLocalJson(draftKey(namespace, jurisdiction)));
  return parsed.success ? parsed.data : null;
}

export function saveDraft(namespace: string, jurisdiction: string, draft: AclDraft): boolean {
  return writeLocalJson(draftKey(namespace, jurisdiction), draft);
}

export function clearDraft(namespace: string, jurisdiction: string): void {
  removeLocal(draftKey(namespace, jurisdiction));
}

/** A cheap, stable fingerprint of a rule list (FNV-1a over its JSON). */
export function rulesFingerprint(rules: readonly AkamaiAclRule[]): string {
  const text = JSON.stringify(rules.map((r) => [r.topicFilter, r.publishers, r.subscribers]));
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}-${(h >>> 0).toString(36)}`;
}
