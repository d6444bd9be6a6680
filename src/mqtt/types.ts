/** Data shared by the live panel (main thread) and the MQTT worker. Everything here is structured-cloneable. */

export type ProtocolVersion = 4 | 5;
export type QoS = 0 | 1 | 2;

export interface ConnectOptions {
  url: string;
  clientId: string;
  username: string;
  password: string;
  protocolVersion: ProtocolVersion;
  /** Seconds; 0 disables keepalive. */
  keepalive: number;
  /** MQTT 3.1.1 "clean session", MQTT 5 "clean start". */
  clean: boolean;
  /** MQTT 5 only, seconds; 0 ends the session with the connection. */
  sessionExpiryInterval: number;
}

export type ConnectionState = 'offline' | 'connecting' | 'connected' | 'reconnecting';

export interface ConnectionStatus {
  state: ConnectionState;
  url: string | null;
  /** Attempts since the last successful connection (0 while connected). */
  attempt: number;
  /** Epoch ms of the next reconnection attempt, while reconnecting. */
  nextAttemptAt: number | null;
  /** Why the last connection ended or failed, in words. */
  lastError: string | null;
  /** The CONNACK code of a refusal that retrying cannot fix (bad credentials, not authorized…), else null. */
  refusedCode: number | null;
  connectedAt: number | null;
  /** True when the broker kept our session (CONNACK session present). */
  sessionPresent: boolean;
  protocolVersion: ProtocolVersion | null;
}

export interface SubscriptionSpec {
  id: string;
  filter: string;
  qos: QoS;
  /** A Mantine colour name, also used for the row marker and chart line. */
  color: string;
}

export type SubscriptionStatus = 'pending' | 'granted' | 'failed' | 'inactive';

export interface SubscriptionState extends SubscriptionSpec {
  status: SubscriptionStatus;
  /** Granted QoS (SUBACK 0..2) when granted. */
  grantedQos: QoS | null;
  /** SUBACK reason code when failed (0x80 and up). */
  reasonCode: number | null;
  reason: string | null;
}

export interface ViewSpec {
  /** MQTT topic filter; '' shows everything. Must be valid (checked before it is sent). */
  filter: string;
  /** Case-insensitive text the payload must contain; '' for any. */
  text: string;
  /** Only messages attributed to this subscription; null for all. */
  subscriptionId: string | null;
}

export interface UserProperty {
  key: string;
  value: string;
}

/** The MQTT 5 PUBLISH properties the panel shows and sends. */
export interface PublishProperties {
  contentType?: string;
  userProperties?: UserProperty[];
  correlationData?: Uint8Array;
  responseTopic?: string;
  /** Seconds. */
  messageExpiryInterval?: number;
  payloadFormatIndicator?: boolean;
  subscriptionIdentifiers?: number[];
}

/** One row of the message list: what the list shows without the payload. */
export interface MessageRow {
  seq: number;
  time: number;
  topic: string;
  qos: QoS;
  retain: boolean;
  size: number;
  /** First characters of the payload as text, or hex bytes when it is not UTF-8. */
  preview: string;
  binary: boolean;
  /** Colour of the first subscription the topic matches, or null. */
  color: string | null;
}

export interface FullMessage extends Omit<MessageRow, 'preview' | 'binary'> {
  dup: boolean;
  payload: Uint8Array;
  properties: PublishProperties | null;
  /** Filters of the subscriptions that match the topic. */
  subscriptions: string[];
}

export interface TreeRow {
  /** Full topic path of the node ("devices/d_1"). */
  path: string;
  name: string;
  depth: number;
  /** Messages on this topic and below, since the last clear. */
  count: number;
  /** Messages per second on this topic and below. */
  rate: number;
  /** Preview of the last payload published exactly on this topic, or null if none. */
  lastValue: string | null;
  childCount: number;
  expanded: boolean;
}

export interface RateSeries {
  /** Messages per second in the last complete second. */
  current: number;
  /** 60 one-second buckets, oldest first, ending with the last complete second. */
  history: number[];
}

export interface FrameRequest {
  /** null follows the newest message; a seq freezes the list at that message (paused or scrolled). */
  anchorSeq: number | null;
  /** Row window, index 0 = the newest message at the anchor. */
  start: number;
  count: number;
  /** Tree paths the user expanded; the tree is sent at most twice a second, or when this changes. */
  expanded: string[];
}

export interface FrameCounters {
  /** Messages received since the last clear. */
  received: number;
  /** Messages dropped from the full buffer since the last clear. */
  dropped: number;
  buffered: number;
  capacity: number;
  bufferedBytes: number;
  /** Messages in the view at or below the anchor. */
  viewCount: number;
  /** Messages in the view newer than the anchor. */
  newerCount: number;
  /** The seq the list is at (the newest when following). */
  anchorSeq: number | null;
}

export interface Frame {
  counters: FrameCounters;
  rows: MessageRow[];
  start: number;
  rates: { overall: RateSeries; bySubscription: Record<string, RateSeries> };
  /** Present when the tree changed since the last one sent. */
  tree?: { rows: TreeRow[]; topics: number; truncated: boolean };
}

export type ExportScope = 'all' | 'view';
