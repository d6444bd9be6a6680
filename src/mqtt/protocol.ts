/** Messages between the live session (main thread) and the MQTT worker. */
import type {
  ConnectOptions,
  ConnectionStatus,
  ExportScope,
  Frame,
  FrameRequest,
  FullMessage,
  PublishProperties,
  QoS,
  SubscriptionSpec,
  SubscriptionState,
  ViewSpec,
} from './types';

export interface PublishRequest {
  topic: string;
  /** Text or JSON, sent as UTF-8. */
  payload: string;
  qos: QoS;
  retain: boolean;
  properties: PublishProperties | null;
}

export type WorkerCommand =
  | { type: 'connect'; options: ConnectOptions; subscriptions: SubscriptionSpec[] }
  | { type: 'disconnect' }
  | { type: 'retry-now' }
  | { type: 'subscribe'; subscription: SubscriptionSpec }
  | { type: 'unsubscribe'; id: string }
  | { type: 'publish'; requestId: number; request: PublishRequest }
  | { type: 'set-view'; view: ViewSpec }
  | { type: 'set-capacity'; capacity: number }
  | { type: 'clear' }
  | { type: 'frame'; request: FrameRequest }
  | { type: 'get-message'; requestId: number; seq: number }
  | { type: 'get-topics'; requestId: number; max: number }
  | { type: 'export'; requestId: number; scope: ExportScope };

export type WorkerEvent =
  | { type: 'status'; status: ConnectionStatus }
  | { type: 'subscriptions'; subscriptions: SubscriptionState[] }
  | { type: 'frame'; frame: Frame }
  | { type: 'message'; requestId: number; message: FullMessage | null }
  | { type: 'topics'; requestId: number; topics: string[] }
  | { type: 'published'; requestId: number; error: string | null }
  | { type: 'exported'; requestId: number; blob: Blob; count: number };
