import { Alert, Anchor, Badge, Breadcrumbs, Button, List, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isJurisdiction, type AkamaiJurisdiction, type Configuration } from '../../../api/akamai/types';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { formatInteger } from '../../../lib/format';
import { clearTopicHandoff, readTopicHandoff, useTopicHandoff } from '../../../lib/topic-handoff';
import { enumParam, intParam, textParam } from '../../../lib/url-state';
import { namespaceQueries } from '../../../api/akamai/queries';
import { ActiveVersionSummary, useActivationState } from '../components/ActiveVersion';
import { DeleteConfigurationDialog } from '../components/DeleteConfigurationDialog';
import { VersionCompare } from '../components/VersionCompare';
import { CreateVersionButton, VersionsPanel } from '../components/VersionsPanel';
import { AclEditor, type AclEditorHandle } from '../editor/AclEditor';
import { DraftBanner } from '../editor/DraftBanner';
import { DraftLeaveGuard } from '../editor/DraftLeaveGuard';
import { findingsByRule } from '../editor/lint-display';
import { LintSummary } from '../editor/LintSummary';
import { RulesToolbar } from '../editor/RulesToolbar';
import { SaveWarningsDialog } from '../editor/SaveWarningsDialog';
import { useAclEditor } from '../editor/use-acl-editor';
import { useSaveAcl } from '../editor/use-save-acl';
import { JURISDICTION_NAMES, jurisdictionLabel } from '../lib/jurisdictions';
import { HandoffNotice } from '../preview/HandoffNotice';
import { MatchPreview, PREVIEW_MODES } from '../preview/MatchPreview';
import { PreviewClient } from '../preview/preview-client';
import { hasAccessInputs, readPreviewInputs, withHandoff, writePreviewInputs, type AccessInputs, type PreviewInputs } from '../preview/preview-inputs';
import type { TopicSource } from '../preview/SampleTopicsInput';
import classes from './ConfigurationPage.module.css';

const TABS = ['rules', 'preview', 'versions', 'compare'] as const;
type Tab = (typeof TABS)[number];

/**
 * The page's URL state. `tab=preview&mode=matrix` opens the topic matrix (beside the rules on a
 * wide screen): the live viewer's "Check these topics against an ACL…" links there.
 */
const URL_PARAMS = {
  tab: enumParam(TABS, 'rules'),
  mode: enumParam(PREVIEW_MODES, 'access'),
  /** One-based rule number for the rule focus; 0 for none. */
  rule: intParam(0, 0),
  from: textParam,
  to: textParam,
  // The access check's inputs, so a check can be shared as a link (kept per configuration too, see preview-inputs).
  topic: textParam,
  client: textParam,
  user: textParam,
  groups: textParam,
  action: enumParam(['publish', 'subscribe'] as const, 'publish'),
};

/** How long typing in the access check pauses before the URL follows. */
const ACCESS_URL_PAUSE_MS = 400;

/**
 * From this width (1280 px) the match preview sits beside the rules, so a verdict can be watched
 * while a rule is edited; narrower screens keep it in its own tab.
 */
export const PREVIEW_BESIDE_QUERY = '(min-width: 80em)';

/**
 * The preview's inputs when the page opens: those kept for this configuration, unless the link
 * carries access inputs (a shared check); then a live hand-off not yet applied here, on top.
 */
function startingPreviewInputs(namespace: string, jurisdiction: AkamaiJurisdiction, url: AccessInputs): { inputs: PreviewInputs; handedOff: boolean } {
  const fromUrl: AccessInputs = { topic: url.topic, client: url.client, user: url.user, groups: url.groups, action: url.action };
  let inputs = readPreviewInputs(namespace, jurisdiction);
  if (hasAccessInputs(fromUrl)) inputs = writePreviewInputs(namespace, jurisdiction, { access: fromUrl });
  const handedOff = withHandoff(inputs, readTopicHandoff());
  if (!handedOff) return { inputs, handedOff: false };
  return { inputs: writePreviewInputs(namespace, jurisdiction, handedOff), handedOff: true };
}

/** One preview worker per configuration page, ended when the page goes. */
function usePreviewClient(): PreviewClient | null {
  const [client, setClient] = useState<PreviewClient | null>(null);
  useEffect(() => {
    const created = new PreviewClient();
    setClient(created);
    return () => created.dispose();
  }, []);
  return client;
}

export function ConfigurationPage() {
  const { namespace = '', jurisdiction: rawJurisdiction = '' } = useParams();
  if (!isJurisdiction(rawJurisdiction)) {
    return (
      <>
        <PageTitle title="Configuration" />
        <ErrorState error={new Error(`"${rawJurisdiction}" is not a jurisdiction. Use one of na, eu, jp, cn, sk, br, xw.`)} title="Unknown jurisdiction" />
      </>
    );
  }
  return <ConfigurationLoader key={`${namespace}/${rawJurisdiction}`} namespace={namespace} jurisdiction={rawJurisdiction} />;
}

function ConfigurationLoader({ namespace, jurisdiction }: { namespace: string; jurisdiction: AkamaiJurisdiction }) {
  const config = useQuery(namespaceQueries.configuration(namespace, jurisdiction));
  const breadcrumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to="/namespaces">
        Namespaces
      </Anchor>
      <Anchor component={Link} to={`/namespaces/${encodeURIComponent(namespace)}`}>
        {namespace}
      </Anchor>
      <Text size="sm">{jurisdictionLabel(jurisdiction)}</Text>
    </Breadcrumbs>
  );
  const title = `${namespace} · ${JURISDICTION_NAMES[jurisdiction]}`;

  if (config.isPending) {
    return (
      <>
        {breadcrumbs}
        <PageTitle title={title} />
        <LoadingState label="Loading the configuration…" />
      </>
    );
  }
  if (!config.data) {
    return (
      <>
        {breadcrumbs}
        <PageTitle title={title} />
        <ErrorState error={config.error} onRetry={() => void config.refetch()} title="Could not load this configuration" />
      </>
    );
  }

  return <LoadedConfiguration namespace={namespace} jurisdiction={jurisdiction} config={config.data} breadcrumbs={breadcrumbs} title={title} />;
}

/** Rendered once the configuration is loaded, so the editor starts from the saved rules and never from an empty list. */
function LoadedConfiguration({ namespace, jurisdiction, config: c, breadcrumbs, title }: { namespace: string; jurisdiction: AkamaiJurisdiction; config: Configuration; breadcrumbs: ReactNode; title: string }) {
  const navigate = useNavigate();
  const [url, setUrl] = useQueryStates(URL_PARAMS);
  const versions = useQuery(namespaceQueries.versions(namespace, jurisdiction));
  const { query: operations, state } = useActivationState(namespace, jurisdiction);
  const client = usePreviewClient();
  const editor = useAclEditor({ namespace, jurisdiction, saved: c.acls, client });
  const editorRef = useRef<AclEditorHandle>(null);
  const [deleting, setDeleting] = useState(false);
  // The preview's inputs, once per page: a link's access inputs win over the kept ones, and a new live hand-off over both.
  const [{ inputs: initialPreview, handedOff }] = useState(() => startingPreviewInputs(namespace, jurisdiction, url));
  const handoff = useTopicHandoff();
  const [topicSource, setTopicSourceState] = useState<TopicSource>(initialPreview.topics);
  const setTopicSource = useCallback(
    (topics: TopicSource) => {
      setTopicSourceState(topics);
      writePreviewInputs(namespace, jurisdiction, { topics });
    },
    [namespace, jurisdiction],
  );
  const commitAccessToUrl = useDebouncedCallback((inputs: AccessInputs) => void setUrl(inputs, { history: 'replace' }), ACCESS_URL_PAUSE_MS);
  const onAccess = useCallback(
    (inputs: AccessInputs) => {
      writePreviewInputs(namespace, jurisdiction, { access: inputs });
      commitAccessToUrl(inputs);
    },
    [namespace, jurisdiction, commitAccessToUrl],
  );
  useEffect(() => {
    // A hand-off just applied: its topics show in the matrix, its identity goes in the URL with the other access inputs.
    if (handedOff) void setUrl({ mode: 'matrix', client: initialPreview.access.client, user: initialPreview.access.user }, { history: 'replace' });
  }, [handedOff, initialPreview, setUrl]);
  const [pendingFocus, setPendingFocus] = useState<{ index: number } | null>(null);
  const { dispatch } = editor;
  // Read synchronously on the first render: a wide screen never mounts the preview twice.
  const beside = useMediaQuery(PREVIEW_BESIDE_QUERY, false, { getInitialValueInEffect: false });
  // `tab=preview` (a link, or the tab on a narrow screen) shows the rules with the preview beside them.
  const tab: Tab = beside && url.tab === 'preview' ? 'rules' : url.tab;
  // Typing in a rule stays fluid: the preview follows the edited rules when React has time.
  const previewRules = useDeferredValue(editor.rules);

  const byRule = useMemo(() => findingsByRule(editor.findings ?? []), [editor.findings]);
  const goToRule = useCallback(
    (index: number) => {
      setUrl({ tab: 'rules' });
      setPendingFocus({ index });
    },
    [setUrl],
  );
  useEffect(() => {
    if (!pendingFocus || tab !== 'rules') return undefined;
    const frame = requestAnimationFrame(() => {
      editorRef.current?.focusRule(pendingFocus.index);
      setPendingFocus(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [pendingFocus, tab]);

  const save = useSaveAcl({ namespace, jurisdiction, editor, goToRule });

  const rulesPane = (
    <Stack gap="sm">
      <LintSummary findings={editor.findings} stale={editor.lintStale} onGoToRule={goToRule} />
      <RulesToolbar
        rules={editor.rules}
        fileName={`${namespace}-${jurisdiction}-acl.json`}
        onAdd={() => {
          dispatch({ type: 'add' });
          setPendingFocus({ index: editor.rows.length });
        }}
        onImport={(rules, mode) => dispatch({ type: 'reset', rules: mode === 'replace' ? rules : [...editor.rules, ...rules] })}
      />
      {editor.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rules: nobody can publish or subscribe in this namespace. Add a rule to start.
        </Text>
      ) : null}
      <AclEditor rows={editor.rows} dispatch={dispatch} findingsByRule={byRule} serverErrors={save.serverErrorsByIndex} handleRef={editorRef} />
    </Stack>
  );
  const preview = (
    <MatchPreview
      rules={previewRules}
      client={client}
      mode={url.mode}
      onMode={(mode) => setUrl({ mode })}
      ruleIndex={url.rule > 0 ? url.rule - 1 : null}
      onRule={(index) => setUrl({ rule: index === null ? 0 : index + 1 })}
      onFocusRule={(index) => setUrl({ mode: 'focus', rule: index + 1 })}
      access={readPreviewInputs(namespace, jurisdiction).access}
      onAccess={onAccess}
      topicSource={topicSource}
      onTopicSource={setTopicSource}
      onGoToRule={goToRule}
    />
  );

  return (
    <>
      {breadcrumbs}
      <PageTitle
        title={title}
        badge={editor.dirty ? <Badge color="yellow" variant="light">Unsaved changes</Badge> : undefined}
        subtitle={
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              Storage {c.storage != null ? `${formatInteger(c.storage)} MB` : '—'} · Topic expiry {c['topic-expiry'] != null ? `${formatInteger(c['topic-expiry'])} days` : '—'} (read-only, set by Akamai) · {formatInteger(c.acls.length)} saved rules
            </Text>
            {state ? <ActiveVersionSummary state={state} /> : null}
          </Stack>
        }
        actions={
          <>
            <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void save.requestSave()} disabled={!editor.dirty} loading={save.checking || save.saving}>
              Save ACL
            </Button>
            {editor.dirty ? (
              <Button variant="subtle" color="gray" onClick={() => dispatch({ type: 'reset', rules: c.acls })}>
                Revert changes
              </Button>
            ) : null}
            <CreateVersionButton namespace={namespace} jurisdiction={jurisdiction} dirty={editor.dirty || save.saving} onCreated={() => setUrl({ tab: 'versions' })} />
            <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setDeleting(true)}>
              Delete configuration
            </Button>
          </>
        }
      />
      <DraftLeaveGuard when={editor.dirty && !save.saving} keepDraft={editor.writeDraft} />
      {save.applying ? (
        <Alert color="blue" variant="light" role="status" title="Applying…" mb="md" icon={<Loader size={16} aria-hidden />}>
          Akamai accepted the rules and is applying them. The draft is kept, and Create version waits, until the configuration shows them.
        </Alert>
      ) : null}
      {editor.draftOffer ? <DraftBanner draft={editor.draftOffer} outdated={editor.draftOfferOutdated} onRestore={editor.restoreDraft} onDiscard={editor.discardDraft} /> : null}
      {handoff && handoff.createdAt === readPreviewInputs(namespace, jurisdiction).handoffApplied ? <HandoffNotice handoff={handoff} onDismiss={clearTopicHandoff} /> : null}
      {save.problem ? (
        <Alert color="red" variant="light" role="alert" title={save.problem.title} mb="md" withCloseButton onClose={save.dismissProblem} closeButtonLabel="Dismiss">
          <List size="sm">
            {save.problem.messages.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Tabs value={tab} onChange={(v) => setUrl({ tab: (v as Tab | null) ?? 'rules' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="rules">{beside ? 'ACL rules and preview' : 'ACL rules'}</Tabs.Tab>
          {beside ? null : <Tabs.Tab value="preview">Match preview</Tabs.Tab>}
          <Tabs.Tab value="versions">Versions and activations</Tabs.Tab>
          <Tabs.Tab value="compare">Compare versions</Tabs.Tab>
        </Tabs.List>
        {/* Stays mounted: the scroll position and focus of a long ACL survive a look at another tab. */}
        <Tabs.Panel value="rules" keepMounted>
          {beside ? (
            <div className={classes.workspace}>
              {rulesPane}
              <section aria-labelledby="match-preview-heading" className={classes.preview}>
                <Title order={2} size="h4" id="match-preview-heading" mb="xs">
                  Match preview
                </Title>
                {preview}
              </section>
            </div>
          ) : (
            rulesPane
          )}
        </Tabs.Panel>
        {beside ? null : <Tabs.Panel value="preview">{preview}</Tabs.Panel>}
        <Tabs.Panel value="versions">
          <VersionsPanel
            namespace={namespace}
            jurisdiction={jurisdiction}
            dirty={editor.dirty || save.saving}
            state={state}
            operations={operations.data}
            operationsPending={operations.isPending}
            operationsError={operations.error}
            onRetryOperations={() => void operations.refetch()}
            onCompare={(from, to) => setUrl({ tab: 'compare', from, to })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="compare">
          <VersionCompare
            namespace={namespace}
            jurisdiction={jurisdiction}
            versions={versions.data}
            from={url.from}
            to={url.to}
            onChange={(patch) => setUrl(patch)}
            saved={c.acls}
            draft={editor.rules}
            dirty={editor.dirty}
          />
        </Tabs.Panel>
      </Tabs>
      <SaveWarningsDialog warnings={save.warnings} onCancel={save.cancelWarnings} onConfirm={save.saveNow} saving={save.saving} />
      <DeleteConfigurationDialog
        namespace={namespace}
        jurisdiction={jurisdiction}
        opened={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate(`/namespaces/${encodeURIComponent(namespace)}`, { replace: true })}
      />
    </>
  );
}
