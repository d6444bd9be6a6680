import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const FIRST_ROUTE_SHARED =
  /[\\/]src[\\/](components[\\/](ErrorState|EmptyState|PageTitle|PaginationBar|SortableTh|TableScroll|NativeTable|SkeletonRows|ListState|SearchInput)|lib[\\/](url-state|format|route-handle)|api[\\/](http|providers|profiles|runtime-config|errors[\\/](?!scaleway-envelope)|scaleway[\\/]|scaleway-iot[\\/]))|node_modules[\\/](zod|@tanstack[\\/](react-query|query-core))[\\/]/;

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
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The small shared modules the first route loads anyway stay in one chunk. Without this,
          // every area that also uses them splits them into a handful of tiny chunks, each costing
          // gzip overhead on the first route.
          groups: [{ name: 'shared-ui', test: FIRST_ROUTE_SHARED }],
        },
      },
    },
  },
});
