import { defaultSettings, isLocalBrokerUrl, LOCAL_BROKER_URL, type LiveSettings } from '../../../mqtt/settings';

/**
 * What "Connect to the local broker" connects with: the saved connection when it already points at a
 * loopback broker (its port, client ID and MQTT version are the user's), else the default local
 * preset with the saved client ID.
 */
export function localConnection(saved: LiveSettings['connection']): LiveSettings['connection'] {
  if (isLocalBrokerUrl(saved.url)) return saved;
  return { ...defaultSettings().connection, url: LOCAL_BROKER_URL, clientId: saved.clientId };
}
