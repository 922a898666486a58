import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const monacoApi = fileURLToPath(new URL('./node_modules/monaco-editor/esm/vs/editor/editor.api.js', import.meta.url));

export default defineConfig({
  plugins: [react()],
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
