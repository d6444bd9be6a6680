import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryState } from 'nuqs';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { filterCovers, isValidTopicFilter } from '../../../acl/topic';
import { PageTitle } from '../../../components/PageTitle';
import { textParam, TYPING, useSearchQueryStates } from '../../../lib/url-state';
import { forgetPassword, isLocalBrokerUrl, loadRememberedPassword, loadSettings, rememberPassword, updateSettings, type LiveSettings } from '../../../mqtt/settings';
import type { ConnectOptions, FullMessage, SubscriptionSpec } from '../../../mqtt/types';
import { ConnectionForm } from '../components/ConnectionForm';
import { LocalConnectPrompt } from '../components/LocalConnectPrompt';
import { ExportMenu } from '../components/ExportMenu';
import { MessageDetail } from '../components/MessageDetail';
import { MessageList, type ListWindow } from '../components/MessageList';
import { PublishCard } from '../components/PublishCard';
import { RateChart } from '../components/RateChart';
import { StatusBar } from '../components/StatusBar';
import { SubscriptionsCard } from '../components/SubscriptionsCard';
import { TopicTree } from '../components/TopicTree';
import { ViewToolbar as ViewToolbarView } from '../components/ViewToolbar';
import { nextColor } from '../lib/colors';
import { localConnection } from '../lib/local-connection';
import { useListHold, type ListHold } from '../lib/use-list-hold';
import { useWatchFilter } from '../lib/use-watch-filter';
import classes from './LivePage.module.css';
import { useConnectionStatus, useFrame, useLiveSession, usePublishHistory, useSubscriptionRefusal, useSubscriptions, useThrottledFrame, useTree, useWorkerError } from '../lib/use-live';

/** The view's topic filter (what "Watch live" links set) and payload text, in the URL. */
const VIEW_PARAMS = { filter: textParam, q: textParam };
/** How long typing in the view fields pauses before the worker re-filters the buffer. */
const VIEW_SETTLE_MS = 120;

function Section({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h5">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}

export function LivePage() {
  const session = useLiveSession();
  const status = useConnectionStatus();
  const subscriptions = useSubscriptions();
  const workerError = useWorkerError();
  const [url, setUrl] = useSearchQueryStates(VIEW_PARAMS);
  const [settings] = useState<LiveSettings>(loadSettings);
  const { hold, scrollTopSignal, pause, followLatest, scrolledAway, pointerOver: pointerOverList, cleared } = useListHold(session);
  const [expanded, setExpanded] = useState<string[]>([]);
  const [selected, setSelected] = useState<{ seq: number; message: FullMessage | null; gone: boolean } | null>(null);
  const local = isLocalBrokerUrl(status.url);
  const connected = status.state === 'connected';

  useEffect(() => session.restoreOnce(settings.subscriptions), [session, settings.subscriptions]);
  useEffect(() => session.setCapacity(settings.capacity), [session, settings.capacity]);

  // Subscriptions are saved with the connection so the next visit starts where this one ended.
  useEffect(() => {
    updateSettings({ subscriptions: subscriptions.map(({ id, filter, qos, color }) => ({ id, filter, qos, color })) });
  }, [subscriptions]);

  // The fields answer every keystroke; the worker re-filters its buffer once typing settles.
  const [settledFilter] = useDebouncedValue(url.filter.trim(), VIEW_SETTLE_MS);
  const [settledText] = useDebouncedValue(url.q, VIEW_SETTLE_MS);
  const viewFilterValid = settledFilter === '' || isValidTopicFilter(settledFilter);
  useEffect(() => {
    session.setView({ filter: viewFilterValid ? settledFilter : '', text: settledText, subscriptionId: null });
  }, [session, settledFilter, settledText, viewFilterValid]);

  // The frame loop reads the latest list window, hold and expanded tree nodes through refs.
  const windowRef = useRef<ListWindow>({ start: 0, count: 40 });
  const requestRef = useRef({ anchorSeq: hold.anchorSeq, expanded });
  useEffect(() => {
    requestRef.current = { anchorSeq: hold.anchorSeq, expanded };
  }, [hold.anchorSeq, expanded]);
  useEffect(
    () => session.startFrames(() => ({ anchorSeq: requestRef.current.anchorSeq, start: windowRef.current.start, count: windowRef.current.count, expanded: requestRef.current.expanded })),
    [session],
  );

  const subscribe = useCallback((spec: SubscriptionSpec) => session.subscribe(spec), [session]);
  const { watchFilter, watchCovered, addWatchSubscription } = useWatchFilter({
    session,
    filter: settledFilter && viewFilterValid ? settledFilter : '',
    subscriptions,
    autoSubscribe: connected && local,
  });

  const connect = useCallback(
    (options: ConnectOptions, remember: boolean) => {
      const { password, ...connection } = options;
      updateSettings({ connection, rememberPassword: remember });
      if (remember) rememberPassword(password);
      else forgetPassword();
      session.connect(options);
    },
    [session],
  );

  const disconnect = useCallback(() => session.disconnect(), [session]);

  // Once connected the form folds into the status bar; Edit connection opens it again.
  const [editing, setEditing] = useState(false);
  const formOpen = !connected || editing;
  const openForm = useCallback(() => setEditing(true), []);
  const closeForm = useCallback(() => setEditing(false), []);
  useEffect(() => {
    if (status.state === 'offline') setEditing(false);
  }, [status.state]);
  // Connecting from the form (Enter in a field) folds it away with the focus: keep focus at hand.
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(formOpen);
  useEffect(() => {
    if (wasOpen.current && !formOpen && (document.activeElement === null || document.activeElement === document.body)) editButtonRef.current?.focus();
    wasOpen.current = formOpen;
  }, [formOpen]);

  /** Connects to the local broker and subscribes to everything on it (one click, or `?connect=local`). */
  const watchAll = useCallback(() => {
    if (!session.subscriptions.get().some((s) => filterCovers(s.filter, '#'))) {
      subscribe({ id: crypto.randomUUID(), filter: '#', qos: 0, color: nextColor(session.subscriptions.get().map((s) => s.color)) });
    }
  }, [session, subscribe]);
  const connectLocal = useCallback(() => {
    const connection = localConnection(loadSettings().connection);
    updateSettings({ connection });
    watchAll();
    const password = session.lastOptions?.url === connection.url ? session.lastOptions.password : '';
    session.connect({ ...connection, password });
  }, [session, watchAll]);

  // `/live?connect=local` (the overview links here): the user's own navigation asks for it, so do it
  // on arrival, once, and drop the parameter so Reload or Back does not connect again.
  const [connectParam, setConnectParam] = useQueryState('connect', textParam);
  const arrivalHandled = useRef(false);
  useEffect(() => {
    if (connectParam !== 'local' || arrivalHandled.current) return;
    arrivalHandled.current = true;
    if (status.state === 'offline') connectLocal();
    else if (local) watchAll();
    void setConnectParam(null, { history: 'replace' });
  }, [connectParam, status.state, local, connectLocal, watchAll, setConnectParam]);

  const clear = useCallback(() => {
    session.clear();
    setSelected(null);
    cleared();
  }, [session, cleared]);

  const select = useCallback(
    (seq: number) => {
      setSelected({ seq, message: null, gone: false });
      void session.message(seq).then((message) => setSelected((cur) => (cur?.seq === seq ? { seq, message, gone: message === null } : cur)));
    },
    [session],
  );

  // A tree click or "Show only" is one step of history; typing writes the URL when it pauses.
  const setViewFilter = useCallback((filter: string) => void setUrl({ filter }), [setUrl]);
  const typeViewFilter = useCallback((filter: string) => void setUrl({ filter }, TYPING), [setUrl]);
  const typeViewText = useCallback((q: string) => void setUrl({ q }, TYPING), [setUrl]);
  const changeCapacity = useCallback(
    (capacity: number) => {
      session.setCapacity(capacity);
      updateSettings({ capacity });
    },
    [session],
  );
  // Back on the page during a session: the form shows what is connected, password included (from memory).
  const rememberedPassword = session.lastOptions?.password ?? (settings.rememberPassword ? loadRememberedPassword() : '');
  // Read when the form mounts (it is unmounted while folded), so it shows what is connected now.
  const initialConnection = (() => {
    if (!session.lastOptions) return settings.connection;
    const { password: _password, ...connection } = session.lastOptions;
    return connection;
  })();
  const toggleNode = useCallback((path: string) => setExpanded((e) => (e.includes(path) ? e.filter((p) => p !== path && !p.startsWith(`${path}/`)) : [...e, path])), []);

  return (
    <>
      <PageTitle
        title="Live MQTT"
        subtitle="Watch and publish MQTT traffic over WebSocket. Messages stay in this tab, in a bounded buffer."
        actions={<ExportMenu />}
      />
      <StatusBarContainer hold={hold} clientId={status.url ? (session.lastOptions?.clientId ?? null) : null} folded={!formOpen} onEditConnection={openForm} onDisconnect={disconnect} editButtonRef={editButtonRef} />
      {workerError ? (
        <Alert color="red" mb="md" role="alert" title="The MQTT worker stopped">
          {workerError}
        </Alert>
      ) : null}
      {watchFilter && !watchCovered && !(connected && local) ? (
        <Alert color="blue" mb="md" title="Watch live">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              The view is filtered to <code>{watchFilter}</code>.{' '}
              {connected ? 'Subscribe to it to see its traffic.' : 'Connect, and the panel subscribes to it on the local broker.'}
            </Text>
            {connected ? (
              <Button size="xs" onClick={addWatchSubscription}>
                Subscribe to {watchFilter}
              </Button>
            ) : null}
          </Group>
        </Alert>
      ) : null}
      {status.state === 'offline' ? <LocalConnectPrompt url={localConnection(loadSettings().connection).url} onConnect={connectLocal} /> : null}
      {formOpen ? (
        <Section
          title="Connection"
          actions={
            connected ? (
              <Button size="compact-xs" variant="subtle" onClick={closeForm}>
                Fold connection
              </Button>
            ) : null
          }
        >
          <MemoConnectionForm
            initial={initialConnection}
            initialPassword={rememberedPassword}
            initialRemember={settings.rememberPassword}
            status={status}
            onConnect={connect}
            onDisconnect={disconnect}
          />
        </Section>
      ) : null}
      <Stack gap="md" mt="md">
        <ViewToolbar
          filter={url.filter}
          text={url.q}
          onFilterChange={typeViewFilter}
          onTextChange={typeViewText}
          paused={hold.paused}
          onPause={pause}
          onResume={followLatest}
          onClear={clear}
          capacity={settings.capacity}
          onCapacityChange={changeCapacity}
        />
        {/* The workspace: tree, list and detail share the viewport's height (see --live-pane-height). */}
        <Grid gap="md" className={classes.workspace}>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <TreeContainer expanded={expanded} activeFilter={url.filter} onToggle={toggleNode} onFilter={setViewFilter} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <ListContainer hold={hold} windowRef={windowRef} selectedSeq={selected?.seq ?? null} onSelect={select} onScrolledAway={scrolledAway} onPointerOver={pointerOverList} onFollowLatest={followLatest} scrollTopSignal={scrollTopSignal} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Section title="Message">
              <div className={classes.detail}>
                {selected?.message ? (
                  <MemoMessageDetail key={selected.seq} message={selected.message} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {selected?.gone ? 'That message has been dropped from the buffer.' : selected ? 'Loading…' : 'Select a message to see its payload and properties.'}
                  </Text>
                )}
              </div>
            </Section>
          </Grid.Col>
        </Grid>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Section title="Subscriptions">
              <SubscriptionsContainer subscriptions={subscriptions} localBroker={local || status.url === null} onSubscribe={subscribe} onShowOnly={setViewFilter} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Section title="Message rate">
              <RateChartContainer />
            </Section>
          </Grid.Col>
        </Grid>
        <PublishContainer connected={connected} mqtt5={status.protocolVersion === 5} />
      </Stack>
    </>
  );
}

/*
 * Containers: each subscribes to the part of the session it shows, so a frame re-renders the list,
 * not the forms; and they are memoised, so pausing, a keystroke in the view fields or the URL
 * catching up (page state, a router navigation) re-renders only what shows it.
 */
const MemoConnectionForm = memo(ConnectionForm);
const ViewToolbar = memo(ViewToolbarView);
const MemoMessageDetail = memo(MessageDetail);

const StatusBarContainer = memo(function StatusBarContainer({ hold, ...connection }: { hold: ListHold } & Pick<React.ComponentProps<typeof StatusBar>, 'clientId' | 'folded' | 'onEditConnection' | 'onDisconnect' | 'editButtonRef'>) {
  const session = useLiveSession();
  const status = useConnectionStatus();
  const frame = useThrottledFrame(200);
  const counters = frame?.counters ?? null;
  return (
    <StatusBar
      status={status}
      {...connection}
      counters={counters}
      rate={frame?.rates.overall.current ?? 0}
      paused={hold.paused}
      pausedArrivals={hold.paused && counters ? Math.max(0, counters.received - hold.receivedAtPause) : 0}
      onRetryNow={() => session.retryNow()}
    />
  );
});

const SubscriptionsContainer = memo(function SubscriptionsContainer(props: Omit<React.ComponentProps<typeof SubscriptionsCard>, 'rates' | 'onUnsubscribe' | 'refusal' | 'onDismissRefusal'>) {
  const session = useLiveSession();
  const frame = useThrottledFrame(1000);
  const refusal = useSubscriptionRefusal();
  const onUnsubscribe = useCallback((id: string) => session.unsubscribe(id), [session]);
  const onDismissRefusal = useCallback(() => session.dismissRefusal(), [session]);
  return <SubscriptionsCard {...props} rates={frame?.rates.bySubscription} onUnsubscribe={onUnsubscribe} refusal={refusal} onDismissRefusal={onDismissRefusal} />;
});

const RateChartContainer = memo(function RateChartContainer() {
  const frame = useThrottledFrame(1000);
  const subscriptions = useSubscriptions();
  return <RateChart overall={frame?.rates.overall} bySubscription={frame?.rates.bySubscription} subscriptions={subscriptions} />;
});

const TreeContainer = memo(function TreeContainer(props: { expanded: string[]; activeFilter: string; onToggle: (path: string) => void; onFilter: (filter: string) => void }) {
  const tree = useTree();
  return (
    <Section title="Topics">
      <TopicTree rows={tree?.rows ?? []} topics={tree?.topics ?? 0} truncated={tree?.truncated ?? false} activeFilter={props.activeFilter} onToggle={props.onToggle} onFilter={props.onFilter} />
    </Section>
  );
});

const ListContainer = memo(function ListContainer({
  hold,
  windowRef,
  selectedSeq,
  onSelect,
  onScrolledAway,
  onPointerOver,
  onFollowLatest,
  scrollTopSignal,
}: {
  hold: ListHold;
  onPointerOver: (over: boolean) => void;
  windowRef: React.RefObject<ListWindow>;
  selectedSeq: number | null;
  onSelect: (seq: number) => void;
  onScrolledAway: () => void;
  onFollowLatest: () => void;
  scrollTopSignal: number;
}) {
  const frame = useFrame();
  const counters = frame?.counters;
  const newer = counters?.newerCount ?? 0;
  const held = hold.anchorSeq !== null;
  const rows = useMemo(() => frame?.rows ?? [], [frame]);
  return (
    <Section
      title="Messages"
      actions={
        <Group gap="xs">
          <Text size="xs" c="dimmed" role="group" aria-label={`Shown: ${counters?.viewCount ?? 0}`}>
            {(counters?.viewCount ?? 0).toLocaleString()} in view
          </Text>
          {held && !hold.paused ? (
            <Button size="compact-xs" variant="light" onClick={onFollowLatest}>
              {newer > 0 ? `Show ${newer.toLocaleString()} newer` : 'Follow newest'}
            </Button>
          ) : null}
        </Group>
      }
    >
      <MessageList
        total={counters?.viewCount ?? 0}
        rows={rows}
        rowsStart={frame?.start ?? 0}
        selectedSeq={selectedSeq}
        onSelect={onSelect}
        windowRef={windowRef}
        onScrolledAway={onScrolledAway}
        onPointerOver={onPointerOver}
        scrollToTopSignal={scrollTopSignal}
      />
      {held && !hold.paused ? (
        <Text size="xs" c="dimmed" mt={4}>
          {hold.byPointer ? 'The list holds still while the pointer is over it.' : 'The list holds still while you look at older messages.'}
        </Text>
      ) : null}
    </Section>
  );
});

const PublishContainer = memo(function PublishContainer({ connected, mqtt5 }: { connected: boolean; mqtt5: boolean }) {
  const session = useLiveSession();
  const history = usePublishHistory();
  const publish = useCallback((r: Parameters<typeof session.publish>[0]) => session.publish(r), [session]);
  return (
    <Section title="Publish">
      <PublishCard connected={connected} mqtt5={mqtt5} history={history} onPublish={publish} />
    </Section>
  );
});
