/**
 * Runs inside a worker thread: one QuickJS host, one job at a time. A crash here takes
 * down only this thread; the pool replaces it.
 */
import { parentPort } from 'node:worker_threads';
import { DEFAULT_LIMITS } from './limits.ts';
import type { JobRequest, JobResponse } from './poolMessages.ts';
import { QuickJSHost } from './QuickJSHost.ts';
import { runProgram } from './sandbox.ts';

if (!parentPort) throw new Error('judgeWorker must run in a worker thread');
const port = parentPort;
const hosts = new Map<string, QuickJSHost>();

/** One host per distinct memory limit: its WebAssembly memory cap is fixed at creation. */
function hostFor(memoryBytes: number): QuickJSHost {
  const key = String(memoryBytes);
  let host = hosts.get(key);
  if (!host) {
    host = new QuickJSHost({ ...DEFAULT_LIMITS, memoryBytes });
    hosts.set(key, host);
  }
  return host;
}

port.on('message', async (request: JobRequest) => {
  const result = await runProgram(hostFor(request.limits.memoryBytes), request.source, {
    limits: request.limits,
    language: request.language,
    seed: request.seed,
    fileName: request.fileName,
  });
  const response: JobResponse = { id: request.id, result };
  port.postMessage(response);
});
port.postMessage({ ready: true });
