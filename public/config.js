// Runtime configuration of the console. `npm run serve` answers this path with
// its own values; this file is what `npm start` / vite preview serve.
window.__IOTC_CONFIG__ = { mocks: true, defaultMode: 'mock', directAllowed: true };
