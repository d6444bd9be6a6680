import type { ConnectOptions, ProtocolVersion, QoS, SubscriptionSpec } from './types';

/**
 * The live panel's saved connection (localStorage). The password is kept only
 * when the user ticks "Remember password on this device"; otherwise it lives
 * in memory for this tab and is never written anywhere.
 */
const SETTINGS_KEY = 'iotc.live.v1';
const PASSWORD_KEY = 'iotc.live.password';

export const LOCAL_BROKER_URL = 'ws://127.0.0.1:9001';

export interface LiveSettings {
  connection: Omit<ConnectOptions, 'password'>;
  rememberPassword: boolean;
  subscriptions: SubscriptionSpec[];
  capacity: number;
}

export function randomClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return `iotc-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function defaultSettings(): LiveSettings {
  return {
    connection: { url: LOCAL_BROKER_URL, clientId: randomClientId(), username: '', protocolVersion: 4, keepalive: 30, clean: true, sessionExpiryInterval: 0 },
    rememberPassword: false,
    subscriptions: [],
    capacity: 50_000,
  };
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function parseSubscription(v: unknown): SubscriptionSpec | null {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.filter !== 'string') return null;
  const qos = v.qos === 1 || v.qos === 2 ? v.qos : 0;
  return { id: v.id, filter: v.filter, qos: qos as QoS, color: str(v.color, 'blue') };
}

export function loadSettings(): LiveSettings {
  const base = defaultSettings();
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage()?.getItem(SETTINGS_KEY) ?? 'null');
  } catch {
    parsed = null;
  }
  if (!isObject(parsed)) return base;
  const c = isObject(parsed.connection) ? parsed.connection : {};
  const version: ProtocolVersion = c.protocolVersion === 5 ? 5 : 4;
  return {
    connection: {
      url: str(c.url, base.connection.url),
      clientId: str(c.clientId, base.connection.clientId) || base.connection.clientId,
      username: str(c.username, ''),
      protocolVersion: version,
      keepalive: num(c.keepalive, base.connection.keepalive),
      clean: typeof c.clean === 'boolean' ? c.clean : true,
      sessionExpiryInterval: num(c.sessionExpiryInterval, 0),
    },
    rememberPassword: parsed.rememberPassword === true,
    subscriptions: Array.isArray(parsed.subscriptions) ? parsed.subscriptions.map(parseSubscription).filter((s): s is SubscriptionSpec => s !== null) : [],
    capacity: num(parsed.capacity, base.capacity),
  };
}

export function saveSettings(settings: LiveSettings): void {
  storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  if (!settings.rememberPassword) storage()?.removeItem(PASSWORD_KEY);
}

/** The one way the panel changes its saved settings: a patch over what is saved now. */
export function updateSettings(patch: Partial<LiveSettings>): void {
  saveSettings({ ...loadSettings(), ...patch });
}

export function loadRememberedPassword(): string {
  return storage()?.getItem(PASSWORD_KEY) ?? '';
}

/** Only called when the user chose to remember it. */
export function rememberPassword(password: string): void {
  if (password) storage()?.setItem(PASSWORD_KEY, password);
  else storage()?.removeItem(PASSWORD_KEY);
}

export function forgetPassword(): void {
  storage()?.removeItem(PASSWORD_KEY);
}

/** Loopback brokers count as local: "Watch live" subscribes there without asking. */
export function isLocalBrokerUrl(url: string | null): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
  } catch {
    return false;
  }
}

export function validateBrokerUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return 'Enter a URL such as ws://127.0.0.1:9001 or wss://broker.example.com:443/mqtt';
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') return 'Browsers reach MQTT over WebSocket only: use ws:// or wss://';
  if (parsed.username || parsed.password) return 'Put credentials in the User name and Password fields, not in the URL';
  return null;
}
