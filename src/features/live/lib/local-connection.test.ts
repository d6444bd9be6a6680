import { describe, expect, it } from 'vitest';
import { defaultSettings, LOCAL_BROKER_URL } from '../../../mqtt/settings';
import { localConnection } from './local-connection';

describe('localConnection', () => {
  it('keeps a saved loopback connection as it is', () => {
    const saved = { ...defaultSettings().connection, url: 'ws://localhost:9101', protocolVersion: 5 as const, clientId: 'mine' };
    expect(localConnection(saved)).toEqual(saved);
  });

  it('replaces a remote broker with the local preset, keeping the client ID', () => {
    const saved = { ...defaultSettings().connection, url: 'wss://hub.example.com:443', protocolVersion: 5 as const, username: 'ops', clientId: 'mine' };
    expect(localConnection(saved)).toMatchObject({ url: LOCAL_BROKER_URL, protocolVersion: 4, username: '', clientId: 'mine' });
  });
});
