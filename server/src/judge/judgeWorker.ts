/**
 * Runs inside a worker thread: one QuickJS host, one job at a time. A crash here takes
 * down only this thread; the pool replaces it.
 */
import { parentPort } from 'node:worker_threads';
import { type Preparation, prepareProgram } from './instrument.ts';
import { DEFAULT_LIMITS } from './limits.ts';
import type { JobOutput, JobRequest, JobResponse } from './poolMessages.ts';
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

/** The tests of one submission share one preparation (parsing and instrumenting once). */
const prepared = new Map<string, Preparation>();
const PREPARED_KEPT = 8;

function prepare(request: JobRequest): Preparation {
  const key = `${request.language}\0${request.limits.steps}\0${request.source}`;
  let preparation = prepared.get(key);
  if (!preparation) {
    preparation = prepareProgram(request.source, request.language, request.limits.steps);
    if (prepared.size >= PREPARED_KEPT) prepared.delete(prepared.keys().next().value as string);
    prepared.set(key, preparation);
  }
  return preparation;
}

/** A streamed job's lines go out in batches: at most every this many ms (or bytes). */
const STREAM_EVERY_MS = 100;
const STREAM_EVERY_BYTES = 8 * 1024;

/**
 * Sends a streamed job's console lines while it runs. The program runs synchronously, so
 * no timer could fire: each line written checks whether the batch is due. Lines written
 * after the last batch arrive with the result.
 */
function streamer(id: number): (line: string) => void {
  let batch: string[] = [];
  let bytes = 0;
  let last = performance.now();
  return (line) => {
    batch.push(line);
    bytes += line.length;
    const now = performance.now();
    if (now - last < STREAM_EVERY_MS && bytes < STREAM_EVERY_BYTES) return;
    const message: JobOutput = { id, output: batch };
    port.postMessage(message);
    batch = [];
    bytes = 0;
    last = now;
  };
}

port.on('message', async (request: JobRequest) => {
  const preparation = prepare(request);
  const result = await runProgram(hostFor(request.limits.memoryBytes), preparation, {
    ...(request.stream ? { onOutput: streamer(request.id) } : {}),
    limits: request.limits,
    seed: request.seed,
    fileName: request.fileName,
    ...(request.call ? { call: request.call } : {}),
    ...(request.harness ? { harness: request.harness } : {}),
  });
  const response: JobResponse = { id: request.id, result };
  port.postMessage(response);
});
port.postMessage({ ready: true });
