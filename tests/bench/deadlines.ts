/**
 * `pnpm bench:deadlines [-- --assessments 200 --minutes 1 --json]`: many solo assessments
 * whose deadlines fall together. A real server process (its own event loop, PGlite, judge
 * workers one per core plus one) and real time: every attempt is created, joined and started
 * at once, Two Sum typed into half of them (Balanced Brackets left as its starter), and then
 * the bench waits for the deadlines. At each one the server judges both problems' latest
 * code on every test (a complexity check after each full pass) and scores the attempt.
 *
 * Prints how far apart the deadlines fell, how long after its deadline each attempt was
 * scored (and when the last one was), and the server's event-loop delay meanwhile
 * (serverHooks.mjs), with its CPU time. Nothing here is a pass/fail test.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessmentStateOf, ClientEvent, type CreateAssessmentResponse } from '@dryrun/shared';
import { linkParts } from '../support/roomFixture.ts';
import { startServerProcess } from '../support/serverProcess.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { benchArgs, numberOption } from './benchArgs.ts';
import { delay, distribution } from './judgeStats.ts';

const args = benchArgs(process.argv.slice(2), {
  assessments: { type: 'string' },
  minutes: { type: 'string' },
  json: { type: 'boolean', default: false },
});
const COUNT = numberOption(args.assessments, 200, 'assessments', 1, 2000);
const MINUTES = numberOption(args.minutes, 1, 'minutes', 1, 10);
/** Every attempt scored within this, or the bench says which were not. */
const GIVE_UP_MS = 15 * 60_000;

const dataDir = mkdtempSync(joinPath(tmpdir(), 'dryrun-deadlines-'));
const loopFile = joinPath(dataDir, 'loop.json');
const serverHooks = fileURLToPath(new URL('./serverHooks.mjs', import.meta.url));
const storage = { backend: 'pglite' as const, dataDir, databaseUrl: undefined, cleanup: async () => {} };
const server = await startServerProcess(storage, 0, {
  TRUST_PROXY: '1',
  LOG_LEVEL: 'error',
  ROOMS_PER_ADDRESS_PER_HOUR: '100000',
  MAX_CONNECTIONS_PER_ADDRESS: '100000',
  BENCH_LOOP_FILE: loopFile,
  // A CPU profile of the server, when asked for (serverHooks.mjs).
  ...(process.env.BENCH_CPU_PROFILE_DIR ? { BENCH_CPU_PROFILE_DIR: process.env.BENCH_CPU_PROFILE_DIR } : {}),
  NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import ${JSON.stringify(serverHooks)}`].filter(Boolean).join(' '),
});

interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  gcMax: number;
  gcTotal: number;
  cpuMs: number;
}

/** The server's event-loop delay since the last call (the first call only starts counting). */
async function serverLoopDelay(): Promise<LoopDelay> {
  rmSync(loopFile, { force: true });
  process.kill(server.pid, 'SIGHUP');
  for (;;) {
    try {
      return JSON.parse(readFileSync(loopFile, 'utf8')) as LoopDelay;
    } catch {
      await delay(10);
    }
  }
}

async function create(): Promise<CreateAssessmentResponse> {
  const response = await fetch(`${server.url}/api/assessments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ problems: ['two-sum', 'balanced-brackets'], minutes: MINUTES }),
  });
  if (response.status !== 201) throw new Error(`POST /api/assessments answered ${response.status}`);
  return (await response.json()) as CreateAssessmentResponse;
}

try {
  const made = await Promise.all(Array.from({ length: COUNT }, create));
  // Each candidate from an address of its own, as separate people would be.
  const peers = await Promise.all(
    made.map((m, i) =>
      TestPeer.connect(server.url, {
        ...linkParts(m.links.candidate),
        name: `Candidate ${i}`,
        headers: { 'x-forwarded-for': `198.18.${Math.floor(i / 250)}.${(i % 250) + 1}` },
      }),
    ),
  );
  const started = await Promise.all(peers.map((peer) => peer.ask(ClientEvent.startAssessment, {})));
  const refused = started.filter((reply) => !reply.ok).length;
  if (refused > 0) throw new Error(`${refused} starts were refused`);
  const deadlines = peers.map((peer) => {
    const state = assessmentStateOf(peer.timeline);
    if (state.phase !== 'running') throw new Error('an attempt did not start');
    return Date.parse(state.deadline);
  });
  // Two Sum, right, in every other attempt: its final judging passes and is measured.
  await Promise.all(
    peers.map(async (peer, i) => {
      const code = peer.codeOf('two-sum');
      const deadline = Date.now() + 30_000;
      while (code.length === 0 && Date.now() < deadline) await delay(20);
      if (i % 2 === 0) {
        peer.doc.transact(() => {
          code.delete(0, code.length);
          code.insert(0, TWO_SUM);
        });
      }
      await peer.ask(ClientEvent.guide, {});
    }),
  );

  const first = Math.min(...deadlines);
  const last = Math.max(...deadlines);
  if (Date.now() > first) console.warn('set-up took past the first deadline: raise --minutes');
  await delay(Math.max(0, first - Date.now() - 1000));
  await serverLoopDelay();

  const scoredAfter: number[] = new Array(COUNT).fill(Number.NaN);
  const totals: Record<number, number> = {};
  const giveUp = Date.now() + GIVE_UP_MS;
  for (;;) {
    for (const [i, peer] of peers.entries()) {
      if (!Number.isNaN(scoredAfter[i])) continue;
      const state = assessmentStateOf(peer.timeline);
      if (state.phase === 'ended' && state.score) {
        scoredAfter[i] = Date.now() - (deadlines[i] ?? 0);
        totals[state.score.total] = (totals[state.score.total] ?? 0) + 1;
      }
    }
    if (scoredAfter.every((ms) => !Number.isNaN(ms)) || Date.now() > giveUp) break;
    await delay(50);
  }
  const loop = await serverLoopDelay();
  const scored = scoredAfter.filter((ms) => !Number.isNaN(ms));
  const result = {
    assessments: COUNT,
    problemsEach: 2,
    deadlineSpreadMs: last - first,
    scored: scored.length,
    /** How many attempts got each total: half typed a right Two Sum (500), half nothing (0). */
    totals,
    scoredAfterDeadlineMs: distribution(scored, 0),
    allScoredAfterLastDeadlineMs: Math.round(Math.max(...scored.map((ms, i) => ms + (deadlines[i] ?? 0))) - last),
    serverLoopDelayMs: loop,
  };
  for (const peer of peers) peer.close();
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    const d = result.scoredAfterDeadlineMs;
    console.log(`${COUNT} assessments of 2 problems, deadlines within ${result.deadlineSpreadMs} ms of each other`);
    const got = Object.entries(totals).map(([total, n]) => `${n} × ${total}`);
    console.log(`  scored: ${result.scored} of ${COUNT} (${got.join(', ')}; expected half 500, half 0)`);
    console.log(`  scored after its deadline: p50 ${d.p50} ms, p90 ${d.p90} ms, max ${d.max} ms`);
    console.log(`  every one scored ${result.allScoredAfterLastDeadlineMs} ms after the last deadline`);
    console.log(
      `  server event-loop delay meanwhile: p50 ${loop.p50} ms, p99 ${loop.p99} ms, max ${loop.max} ms; ` +
        `GC pauses max ${loop.gcMax} ms, total ${loop.gcTotal} ms; CPU ${Math.round(loop.cpuMs)} ms`,
    );
  }
} finally {
  await server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
