import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import type { AclLintFinding } from '../../../acl/lint';
import { toAclRequest, type AkamaiJurisdiction } from '../../../api/akamai/types';
import { errorMessage, isApiError } from '../../../api/errors/api-error';
import { useUpdateConfiguration } from '../api/use-update-configuration';
import { jurisdictionLabel } from '../lib/jurisdictions';
import { LINT_CODE_LABELS, ruleIndexOfField, shortMessage } from './lint-display';
import type { useAclEditor } from './use-acl-editor';

export interface SaveProblem {
  title: string;
  messages: string[];
}

type Editor = ReturnType<typeof useAclEditor>;

/**
 * Saving the editor's rules: check them first (errors block, warnings ask), send them, wait
 * until Akamai applied them (202 Accepted), and put the API's objections on the rules they
 * concern (by row, so they follow the rule when rows move).
 */
export function useSaveAcl({ namespace, jurisdiction, editor, goToRule }: { namespace: string; jurisdiction: AkamaiJurisdiction; editor: Editor; goToRule: (index: number) => void }) {
  const update = useUpdateConfiguration(namespace, jurisdiction);
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<number, string[]>>(new Map());
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [warnings, setWarnings] = useState<AclLintFinding[] | null>(null);
  const [checking, setChecking] = useState(false);

  const serverErrorsByIndex = useMemo(() => {
    const map = new Map<number, string[]>();
    editor.rows.forEach((row, i) => {
      const messages = serverErrors.get(row.key);
      if (messages) map.set(i, messages);
    });
    return map;
  }, [editor.rows, serverErrors]);

  const saveNow = () => {
    const rows = editor.rows;
    update.mutate(
      { acls: toAclRequest(editor.rules) },
      {
        onSuccess: () => {
          setWarnings(null);
          editor.afterSave();
          notifications.show({ color: 'teal', title: 'ACL saved', message: `The configuration for ${jurisdictionLabel(jurisdiction)} was applied. Create a version and activate it to deploy these rules.` });
        },
        onError: (error) => {
          setWarnings(null);
          const byKey = new Map<number, string[]>();
          const other: string[] = [];
          if (isApiError(error)) {
            for (const [field, messages] of Object.entries(error.fields)) {
              const index = ruleIndexOfField(field);
              const key = index === null ? undefined : rows[index]?.key;
              if (key === undefined) other.push(...messages.map((m) => (field === '_' ? m : `${field}: ${m}`)));
              else byKey.set(key, [...(byKey.get(key) ?? []), ...messages]);
            }
          }
          setServerErrors(byKey);
          const placed = [...byKey.entries()].map(([key, messages]) => `Rule #${rows.findIndex((r) => r.key === key) + 1}: ${messages.join(' ')}`);
          setProblem({ title: 'The ACL was not saved', messages: [errorMessage(error, 'Unknown error'), ...placed, ...other] });
        },
      },
    );
  };

  const requestSave = async () => {
    setProblem(null);
    setServerErrors(new Map());
    setChecking(true);
    let findings: AclLintFinding[];
    try {
      findings = await editor.lintNow();
    } catch (error) {
      setProblem({ title: 'The rules could not be checked', messages: [errorMessage(error, 'Unknown error')] });
      return;
    } finally {
      setChecking(false);
    }
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
      setProblem({
        title: `Fix ${errors.length} error${errors.length === 1 ? '' : 's'} before saving`,
        messages: errors.slice(0, 10).map((f) => `Rule #${(f.rules[0] ?? 0) + 1} — ${LINT_CODE_LABELS[f.code]}: ${shortMessage(f)}`),
      });
      goToRule(errors[0]?.rules[0] ?? 0);
      return;
    }
    const found = findings.filter((f) => f.severity === 'warning');
    if (found.length > 0) setWarnings(found);
    else saveNow();
  };

  return {
    requestSave,
    /** Saves despite the warnings shown. */
    saveNow,
    cancelWarnings: () => setWarnings(null),
    dismissProblem: () => setProblem(null),
    warnings,
    problem,
    serverErrorsByIndex,
    checking,
    /** The request is on its way or Akamai is applying it. */
    saving: update.isPending,
    /** Accepted (202) and not yet visible in the configuration. */
    applying: update.applying,
  };
}
