import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { TestStorage } from './storage.ts';

const serverDir = fileURLToPath(new URL('../../server', import.meta.url));

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Edits the server holds but has not written yet. */
  pendingUpdates(): Promise<number>;
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
}

/**
 * Runs the real server as its own process (`node --import tsx src/main.ts`), the way
 * `pnpm start` does, so a test can kill it with SIGKILL.
 */
export function startServerProcess(
  storage: TestStorage,
  port = 0,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: storage.dataDir,
      DATABASE_URL: storage.databaseUrl ?? '',
      LOG_LEVEL: 'warn',
      FLUSH_INTERVAL_MS: '20',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A failed test must not leave a server running after the test process ends.
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  void exited.then(() => process.off('exit', reap));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${stderr}`)), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it was ready:\n${stderr}`));
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      let ready: { msg?: string; url?: string; port?: number };
      try {
        ready = JSON.parse(line);
      } catch {
        return;
      }
      if (ready.msg !== 'ready' || !ready.url || !ready.port) return;
      clearTimeout(timer);
      const url = ready.url;
      resolve({
        url,
        port: ready.port,
        pid: child.pid ?? -1,
        async pendingUpdates() {
          const response = await fetch(`${url}/api/health`);
          return ((await response.json()) as { pendingUpdates: number }).pendingUpdates;
        },
        async kill(signal) {
          child.kill(signal);
          await exited;
        },
      });
    });
  });
}
