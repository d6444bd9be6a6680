import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console is a static SPA; the manifest lets scripts/report-bundle-size.mjs
// measure exactly what the first route loads.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
});
