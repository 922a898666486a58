import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const monacoApi = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/editor/editor.api.js', import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies of every text asset, served by the DryRun server as they are.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|css|html|svg|json|ttf)$/,
      exclude: /manifest\.json$/,
      threshold: 512,
      logLevel: 'silent',
      // Brotli at its best quality takes the most memory; two at a time, one per core here.
      scheduler: { limit: 2 },
    }),
  ],
  resolve: {
    // y-monaco imports the pre-0.55 path; point it at the same module the app uses.
    alias: { 'monaco-editor/esm/vs/editor/editor.api.js': monacoApi },
  },
  worker: { format: 'es' },
  // The manifest tells `pnpm bench:client` which files are the shell's and which the editor's.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 8000, manifest: true },
  server: {
    // `pnpm dev`: the API and socket.io live on the DryRun server (PORT, default 3000).
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
