import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AclLintFinding } from '../../../acl/lint';
import type { AkamaiAclRule } from '../../../api/akamai/types';
import { sameRules } from '../lib/acl-diff';
import { clearDraft, loadDraft, rulesFingerprint, saveDraft, type AclDraft } from '../lib/drafts';
import type { PreviewClient } from '../preview/preview-client';
import { editorReducer, toEditorRules, toRules } from './editor-state';

const LINT_DEBOUNCE_MS = 250;
const DRAFT_DEBOUNCE_MS = 400;

/**
 * The editor's working copy of a configuration's rules: dirty tracking against the saved
 * rules, lint in the preview worker (debounced, latest wins), and a local draft of unsaved
 * edits that is offered back on the next visit.
 */
export function useAclEditor({ namespace, jurisdiction, saved, client }: { namespace: string; jurisdiction: string; saved: readonly AkamaiAclRule[]; client: PreviewClient | null }) {
  const [rows, dispatch] = useReducer(editorReducer, saved, toEditorRules);
  const rules = useMemo(() => toRules(rows), [rows]);
  const dirty = !sameRules(rules, saved);

  // Follow the server while the user has not edited (e.g. after a save, the refetched rules).
  const previous = useRef(saved);
  const rulesRef = useRef(rules);
  rulesRef.current = rules;
  useEffect(() => {
    if (previous.current === saved) return;
    const wasClean = sameRules(rulesRef.current, previous.current);
    previous.current = saved;
    if (wasClean) dispatch({ type: 'reset', rules: saved });
  }, [saved]);

  // A draft from an earlier visit is offered (not applied) when the page opens.
  const [offer, setOffer] = useState<AclDraft | null>(() => {
    const draft = loadDraft(namespace, jurisdiction);
    return draft && !sameRules(draft.rules, saved) ? draft : null;
  });

  const writeDraft = useCallback(() => {
    if (sameRules(rulesRef.current, saved)) return false;
    return saveDraft(namespace, jurisdiction, { rules: rulesRef.current, savedAt: Date.now(), base: rulesFingerprint(saved) });
  }, [namespace, jurisdiction, saved]);

  // Keep the draft current while editing; an offered draft is not overwritten until the user decides.
  useEffect(() => {
    if (!dirty || offer) return undefined;
    const timer = setTimeout(writeDraft, DRAFT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [rules, dirty, offer, writeDraft]);

  const restoreDraft = useCallback(() => {
    if (!offer) return;
    dispatch({ type: 'reset', rules: offer.rules });
    setOffer(null);
  }, [offer]);
  const discardDraft = useCallback(() => {
    clearDraft(namespace, jurisdiction);
    setOffer(null);
  }, [namespace, jurisdiction]);

  // Lint runs off the main thread: an O(n²) pass over 1,000 rules would stall typing.
  const [lint, setLint] = useState<{ rules: readonly AkamaiAclRule[]; findings: AclLintFinding[] } | null>(null);
  useEffect(() => {
    if (!client) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      client.lint(rules).then(
        (findings) => current && setLint({ rules, findings }),
        () => undefined,
      );
    }, LINT_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, rules]);

  /** Findings for exactly the current rules (for Save), computing them now if the last run is stale. */
  const lintNow = useCallback(async (): Promise<AclLintFinding[]> => {
    if (lint && lint.rules === rules) return lint.findings;
    if (!client) throw new Error('The rule checker is not ready yet.');
    const findings = await client.lint(rules);
    setLint({ rules, findings });
    return findings;
  }, [client, lint, rules]);

  const afterSave = useCallback(() => clearDraft(namespace, jurisdiction), [namespace, jurisdiction]);

  return {
    rows,
    rules,
    dispatch,
    dirty,
    findings: lint?.findings ?? null,
    lintStale: lint === null || lint.rules !== rules,
    lintNow,
    draftOffer: offer,
    draftOfferOutdated: offer !== null && offer.base !== rulesFingerprint(saved),
    restoreDraft,
    discardDraft,
    writeDraft,
    afterSave,
  };
}
