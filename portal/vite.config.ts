import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev -w portal` proxies /graphql, /exports and /config.json to a running portal server (PORTAL_API).
const api = process.env['PORTAL_API'] ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { port: 5173, proxy: { '/graphql': api, '/config.json': api, '/exports': api } },
});
