// Preloaded into the benchmark's server process (NODE_OPTIONS="--expose-gc --import <this>"),
// before tsx, hence plain JavaScript. It changes nothing in the server; it only lets the
// benchmark look inside:
// - SIGUSR2 runs a full GC, so RSS can be read without start-up garbage (PGlite's boot
//   buffers, ~350 MB that an idle process never collects), and writes
//   process.memoryUsage() from before and after it as JSON to BENCH_MEMORY_FILE (V8 heap
//   vs external, i.e. mostly PGlite's WASM memory);
// - with BENCH_CPU_PROFILE_DIR set, the V8 CPU profiler runs for the whole life of the
//   process and writes <dir>/server-<pid>.cpuprofile on exit (`node --cpu-prof` cannot be
//   passed through NODE_OPTIONS). Open it in Chrome DevTools or speedscope;
// - with BENCH_LOOP_FILE set, SIGHUP writes the main thread's event-loop delay since the last
//   SIGHUP (p50, p99, max in ms), with the longest and total GC pause and the process's CPU
//   time over the same span, as JSON to that file, and starts counting afresh.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

// NODE_OPTIONS reaches worker threads too; the hooks belong to the main thread only.
const memoryFile = process.env.BENCH_MEMORY_FILE;
if (isMainThread) {
  process.on('SIGUSR2', () => {
    const beforeGc = process.memoryUsage();
    globalThis.gc?.();
    if (memoryFile) writeFileSync(memoryFile, JSON.stringify({ beforeGc, afterGc: process.memoryUsage() }));
  });
}

const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
if (profileDir && isMainThread) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 500 });
  session.post('Profiler.start');
  process.on('exit', () => {
    // The in-process session answers synchronously, so this works in an exit handler.
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      mkdirSync(profileDir, { recursive: true });
      writeFileSync(join(profileDir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}

const loopFile = process.env.BENCH_LOOP_FILE;
if (loopFile && isMainThread) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const gc = { max: 0, total: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.max = Math.max(gc.max, entry.duration);
      gc.total += entry.duration;
    }
  }).observe({ entryTypes: ['gc'] });
  let cpuSince = process.cpuUsage();
  process.on('SIGHUP', () => {
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    const round = (n) => Math.round(n * 100) / 100;
    const cpu = process.cpuUsage(cpuSince);
    writeFileSync(
      loopFile,
      JSON.stringify({
        p50: ms(delay.percentile(50)),
        p99: ms(delay.percentile(99)),
        max: ms(delay.max),
        gcMax: round(gc.max),
        gcTotal: round(gc.total),
        cpuMs: round((cpu.user + cpu.system) / 1000),
      }),
    );
    delay.reset();
    gc.max = 0;
    gc.total = 0;
    cpuSince = process.cpuUsage();
  });
}
