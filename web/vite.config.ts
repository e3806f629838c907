import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser only ever talks to its own origin; the dev and preview servers forward GraphQL, file downloads and open data to the gateway.
const gateway = { target: process.env.GATEWAY_URL ?? 'http://localhost:4000', changeOrigin: true };
const proxy = { '/graphql': gateway, '/files': gateway, '/exports': gateway, '/open-data': gateway };
const server = { host: '127.0.0.1', port: 8080, strictPort: true, proxy };

// Libraries change less often than the app, so they get their own long-cached chunks.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
  { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
  { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs)[\\/]/ },
];

export default defineConfig({
  plugins: [react()],
  server,
  preview: server,
  build: { rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } } },
});
