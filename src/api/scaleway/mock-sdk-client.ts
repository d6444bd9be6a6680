/**
 * A client of the official Scaleway SDK pointed at the mock server, for the contract tests that
 * run the SDK against our mock handlers. Create it after msw patches fetch: the SDK captures the
 * global fetch when its module loads, hence the dynamic import.
 */
export async function createMockSdkClient(defaultRegion = 'fr-par') {
  const { createClient } = await import('@scaleway/sdk-client');
  return createClient({
    apiURL: window.location.origin,
    accessKey: 'SCWXXXXXXXXXXXXXXXXX',
    secretKey: '11111111-2222-4333-8444-555555555555',
    defaultRegion,
    defaultProjectId: '5d3a4c4e-8f0b-4a52-9a0e-2b7f3c1d9e01',
  });
}
