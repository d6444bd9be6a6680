import { describe, expect, it } from 'vitest';
import { defaultProfile, describeConnection, getProfile, PROVIDER_MODES, reloadProfiles, replacedMode, resolveBaseUrl, saveProfile } from './profiles';

describe('connection profiles', () => {
  it('default to Mock with the real base URLs pre-filled', () => {
    reloadProfiles();
    expect(getProfile('scaleway').mode).toBe('mock');
    expect(getProfile('scaleway').baseUrl).toBe('https://api.scaleway.com');
    expect(resolveBaseUrl('scaleway')).toBe(window.location.origin);
    expect(describeConnection('scaleway')).toBe('Mock');
  });

  it('store the token in sessionStorage by default and in localStorage only when remembered', () => {
    saveProfile('nexigon', { ...defaultProfile('nexigon'), mode: 'direct', baseUrl: 'https://hub.example.com/', token: 'secret-1' });
    expect(sessionStorage.getItem('iotc.token.nexigon')).toBe('secret-1');
    expect(localStorage.getItem('iotc.token.nexigon')).toBeNull();
    expect(localStorage.getItem('iotc.profiles.v1')).not.toContain('secret-1');
    expect(getProfile('nexigon').baseUrl).toBe('https://hub.example.com');
    expect(describeConnection('nexigon')).toBe('hub.example.com');

    saveProfile('nexigon', { ...getProfile('nexigon'), rememberToken: true });
    expect(sessionStorage.getItem('iotc.token.nexigon')).toBeNull();
    expect(localStorage.getItem('iotc.token.nexigon')).toBe('secret-1');
    reloadProfiles();
    expect(getProfile('nexigon')).toMatchObject({ mode: 'direct', token: 'secret-1', rememberToken: true });
  });

  it('route the proxy mode through the same origin', () => {
    saveProfile('akamai', { ...defaultProfile('akamai'), mode: 'proxy' });
    expect(resolveBaseUrl('akamai')).toBe(`${window.location.origin}/proxy/akamai`);
  });

  it('never use Akamai in Direct mode: a stored Direct profile falls back to the proxy and says so until saved', () => {
    localStorage.setItem('iotc.profiles.v1', JSON.stringify({ akamai: { mode: 'direct', baseUrl: 'https://akab-x.luna.akamaiapis.net' }, nexigon: { mode: 'direct' } }));
    reloadProfiles();
    expect(getProfile('akamai').mode).toBe('proxy');
    expect(replacedMode('akamai')).toBe('direct');
    expect(resolveBaseUrl('akamai')).toBe(`${window.location.origin}/proxy/akamai`);
    expect(getProfile('nexigon').mode).toBe('direct');
    expect(replacedMode('nexigon')).toBeUndefined();
    expect(PROVIDER_MODES.akamai).toEqual(['mock', 'proxy']);

    saveProfile('akamai', { ...getProfile('akamai'), mode: 'direct' });
    expect(getProfile('akamai').mode).toBe('proxy');
    expect(replacedMode('akamai')).toBeUndefined();
    reloadProfiles();
    expect(replacedMode('akamai')).toBeUndefined();
  });

  it('ignore corrupt stored settings', () => {
    localStorage.setItem('iotc.profiles.v1', '{not json');
    reloadProfiles();
    expect(getProfile('scaleway').mode).toBe('mock');
    localStorage.setItem('iotc.profiles.v1', JSON.stringify({ scaleway: { mode: 'bogus', baseUrl: 42 } }));
    reloadProfiles();
    expect(getProfile('scaleway')).toMatchObject({ mode: 'mock', baseUrl: 'https://api.scaleway.com' });
  });
});
