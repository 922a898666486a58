/**
 * The judge measured through a real server's rooms: submit-to-verdict as a participant
 * sees it, and whether other rooms' editing stays responsive while many rooms submit
 * hostile code. The server, its judge workers and these clients share this process, so
 * the event-loop delay is the server's loop with the bench's (light) clients on it.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import type { RunningServer } from '@dryrun/server';
import { type RunMode, type RunRecord, type RunReply, ServerEvent } from '@dryrun/shared';
import * as Y from 'yjs';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom } from '../support/testServer.ts';
import { HIDDEN_TESTS, HOSTILE_PROGRAMS, PROBLEM_SLUG, SOLUTION, VISIBLE_TESTS } from './judgeFixtures.ts';
import { type ColdStart, shortfall } from './judgeInProcess.ts';
import { type CpuShare, cpuWindow, type Distribution, delay, distribution, withTimeout } from './judgeStats.ts';
import { round } from './report.ts';

const TESTS = VISIBLE_TESTS + HIDDEN_TESTS;

function linkParts(link: string): { roomId: string; token: string } {
  const url = new URL(link);
  return { roomId: decodeURIComponent(url.pathname.split('/')[2] ?? ''), token: url.searchParams.get('token') ?? '' };
}

/** Joins from a room link and waits for the shared doc's first sync. */
async function join(server: RunningServer, link: string, name: string): Promise<TestPeer> {
  const peer = await TestPeer.connect(server.url, { ...linkParts(link), name });
  const deadline = performance.now() + 10_000;
  while (!peer.synced) {
    if (performance.now() > deadline) {
      peer.close();
      throw new Error(`${name} never received sync step 2`);
    }
    await delay(5);
  }
  return peer;
}

interface RunOutcome {
  reply: RunReply;
  /** From the emit to its acknowledgement. */
  ackMs: number;
  /** From the emit to this peer's `run:finished` for it. */
  verdictMs?: number;
  run?: RunRecord;
}

/** A participant who asks for runs and notes when each one's `run:finished` arrives. */
class Runner {
  private readonly finished = new Map<string, { at: number; run: RunRecord }>();
  private readonly waiting = new Map<string, (done: { at: number; run: RunRecord }) => void>();

  constructor(readonly peer: TestPeer) {
    peer.socket.on(ServerEvent.runFinished, (run) => {
      const done = { at: performance.now(), run };
      const waiter = this.waiting.get(run.id);
      this.waiting.delete(run.id);
      if (waiter) waiter(done);
      else this.finished.set(run.id, done);
    });
  }

  async run(mode: RunMode, timeoutMs: number): Promise<RunOutcome> {
    const started = performance.now();
    const reply = await this.peer.requestRun({ mode });
    const ackMs = performance.now() - started;
    if (!reply.ok) return { reply, ackMs };
    const early = this.finished.get(reply.runId);
    this.finished.delete(reply.runId);
    const done = await withTimeout(
      early
        ? Promise.resolve(early)
        : new Promise<{ at: number; run: RunRecord }>((r) => this.waiting.set(reply.runId, r)),
      timeoutMs,
      `run ${reply.runId}`,
    ).finally(() => this.waiting.delete(reply.runId));
    return { reply, ackMs, verdictMs: done.at - started, run: done.run };
  }
}

/** A room on the bench's problem with one candidate whose code is `code`. */
async function problemRoom(server: RunningServer, code: string, name: string): Promise<Runner> {
  const room = await createRoom(server.url, { problemSlug: PROBLEM_SLUG, title: name });
  const peer = await join(server, room.links.candidate, name);
  // Sent before any run request on the same socket, so the server has it when it reads the doc.
  peer.codeOf(PROBLEM_SLUG).insert(0, code);
  return new Runner(peer);
}

export interface RoomVerdictFigures {
  submissions: number;
  rooms: number;
  /** The first submit of the freshly started server (its judge workers start inside it). */
  cold: ColdStart;
  /** From emitting `run:request` to receiving `run:finished`. */
  latency: Distribution;
  /** From emitting `run:request` to its acknowledgement (the run stored and announced). */
  ack: Distribution;
  /** Measured submits not fully accepted, by verdict (none expected: a loaded machine can cause them). */
  notAccepted: Record<string, number>;
  cpu: CpuShare;
}

/**
 * Part 2b: sequential submits through the room, at most `perRoom` per room (within a
 * room's burst of runs), after `warmup` unmeasured ones.
 */
export async function measureVerdictsInRoom(
  server: RunningServer,
  submissions: number,
  warmup: number,
  perRoom = 5,
): Promise<RoomVerdictFigures> {
  let submitted = 0;
  const submit = async (runner: Runner) => {
    // A different program each time, as from different candidates: the workers' cache of
    // prepared programs does not hit (the edit goes out on the socket before the request).
    const code = runner.peer.codeOf(PROBLEM_SLUG);
    code.insert(code.length, `\n// submission ${++submitted}`);
    const outcome = await runner.run('submit', 30_000);
    const report = outcome.run?.report;
    if (!outcome.reply.ok || outcome.run?.status !== 'done' || !report) {
      throw new Error(`a room submit ended ${JSON.stringify(outcome.reply.ok ? outcome.run : outcome.reply)}`);
    }
    if (report.total !== TESTS) throw new Error(`a room submit ran ${report.total} tests, not ${TESTS}`);
    return { ...outcome, verdictMs: outcome.verdictMs as number, short: shortfall(report) };
  };

  const warming = await problemRoom(server, SOLUTION, 'Warm-up');
  const first = await submit(warming);
  const cold = { ms: round(first.verdictMs, 1), verdict: first.short ?? 'accepted' };
  for (let i = 1; i < warmup; i++) await submit(warming);
  warming.peer.close();

  const cpu = cpuWindow();
  const latencies: number[] = [];
  const acks: number[] = [];
  const notAccepted: Record<string, number> = {};
  let rooms = 0;
  while (latencies.length < submissions) {
    const runner = await problemRoom(server, SOLUTION, `Candidate ${++rooms}`);
    try {
      for (let i = 0; i < perRoom && latencies.length < submissions; i++) {
        const outcome = await submit(runner);
        latencies.push(outcome.verdictMs);
        acks.push(outcome.ackMs);
        if (outcome.short) notAccepted[outcome.short] = (notAccepted[outcome.short] ?? 0) + 1;
      }
    } finally {
      runner.peer.close();
    }
  }
  return {
    submissions,
    rooms,
    cold,
    latency: distribution(latencies),
    ack: distribution(acks),
    notAccepted,
    cpu: cpu(),
  };
}

/** One person types into the room's code; we time until the other participant has each keystroke. */
export class EditProbe {
  readonly sent: number[] = [];
  readonly delivered: Array<{ sentAt: number; ms: number }> = [];
  private readonly inFlight: Array<{ clock: number; sentAt: number }> = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly typist: TestPeer,
    readonly watcher: TestPeer,
  ) {
    const typistId = typist.doc.clientID;
    watcher.doc.on('update', () => {
      const state = Y.getState(watcher.doc.store, typistId);
      const now = performance.now();
      while (this.inFlight.length > 0 && (this.inFlight[0]?.clock ?? Number.POSITIVE_INFINITY) <= state) {
        const keystroke = this.inFlight.shift() as { sentAt: number };
        this.delivered.push({ sentAt: keystroke.sentAt, ms: now - keystroke.sentAt });
      }
    });
  }

  get pending(): number {
    return this.inFlight.length;
  }

  start(periodMs: number): void {
    // A random phase per typist, so the rooms are not in lockstep.
    let due = performance.now() + Math.random() * periodMs;
    const tick = () => {
      const text = this.typist.code;
      const sentAt = performance.now();
      text.insert(text.length, 'x');
      this.inFlight.push({ clock: Y.getState(this.typist.doc.store, this.typist.doc.clientID), sentAt });
      this.sent.push(sentAt);
      // A typist who falls behind does not type in bursts to catch up.
      due = Math.max(due + periodMs, performance.now() + periodMs / 2);
      this.timer = setTimeout(tick, due - performance.now());
    };
    this.timer = setTimeout(tick, due - performance.now());
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}

export interface EventLoopDelay {
  /** Beyond the 1 ms sampling period, in ms. */
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export interface GcPauses {
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface PhaseFigures {
  seconds: number;
  /** Keystroke to the other participant, for keystrokes typed in the phase. */
  edits: Distribution;
  editsSent: number;
  /** Typed in the phase and still not seen by the other participant at the end. */
  editsUndelivered: number;
  eventLoopDelay: EventLoopDelay;
  /** Garbage collections of the main thread (the server's) during the phase. */
  gc: GcPauses;
  cpu: CpuShare;
}

export interface IsolationFigures {
  victimRooms: number;
  keysPerSecond: number;
  hostileRooms: number;
  /** Runs each hostile room keeps asking for (the server allows two in flight per room). */
  lanesPerHostileRoom: number;
  staggerSeconds: number;
  programs: string[];
  baseline: PhaseFigures;
  underLoad: PhaseFigures;
  /** Over the whole load (its warm-up included). */
  hostile: {
    requested: number;
    refused: Record<string, number>;
    finished: number;
    /** Finished runs by verdict (`failed:<reason>` when the judge could not run one). */
    verdicts: Record<string, number>;
    /** Emit to `run:finished`, of hostile submits that finished. */
    verdictLatency: Distribution;
    errors: number;
  };
}

export interface IsolationOptions {
  victims: number;
  hostileRooms: number;
  keysPerSecond: number;
  phaseSeconds: number;
  /**
   * Hostile submits start within this many seconds of each other (0: all at once, as a
   * scripted attack would; their submission budgets then also run out together).
   */
  staggerSeconds: number;
}

const RESOLUTION_MS = 1;

interface PhaseWindow {
  from: number;
  to: number;
  eld: EventLoopDelay;
  gc: GcPauses;
  cpu: CpuShare;
}

async function phase(seconds: number): Promise<PhaseWindow> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  // Main-thread collections: one explanation of a long event-loop delay, to tell it from others.
  const pauses: number[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push(entry.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  const cpu = cpuWindow();
  const from = performance.now();
  histogram.enable();
  await delay(seconds * 1000);
  histogram.disable();
  gcObserver.disconnect();
  const to = performance.now();
  // The histogram holds whole timer periods: the delay is what exceeds the period.
  const beyond = (ns: number) => round(Math.max(0, ns / 1e6 - RESOLUTION_MS), 2);
  return {
    from,
    to,
    eld: {
      p50: beyond(histogram.percentile(50)),
      p99: beyond(histogram.percentile(99)),
      max: beyond(histogram.max),
      mean: beyond(histogram.mean),
    },
    gc: {
      count: pauses.length,
      totalMs: round(
        pauses.reduce((sum, x) => sum + x, 0),
        1,
      ),
      maxMs: round(Math.max(0, ...pauses), 1),
    },
    cpu: cpu(),
  };
}

function phaseFigures(probes: EditProbe[], window: PhaseWindow): PhaseFigures {
  const inWindow = (t: number) => t >= window.from && t < window.to;
  const latencies = probes.flatMap((p) => p.delivered.filter((d) => inWindow(d.sentAt)).map((d) => d.ms));
  const sent = probes.reduce((n, p) => n + p.sent.filter(inWindow).length, 0);
  return {
    seconds: round((window.to - window.from) / 1000, 1),
    edits: distribution(latencies),
    editsSent: sent,
    editsUndelivered: sent - latencies.length,
    eventLoopDelay: window.eld,
    gc: window.gc,
    cpu: window.cpu,
  };
}

/**
 * Part 5: `victims` rooms where one participant types and the other watches, first alone
 * (baseline), then while `hostileRooms` rooms keep submitting programs that run into a
 * limit. Each hostile room keeps two runs going, as many as the server allows a room, and
 * backs off a second when refused, so no room's rate limit is hammered: the load comes
 * from many rooms.
 */
export async function measureIsolation(server: RunningServer, options: IsolationOptions): Promise<IsolationFigures> {
  const peers: TestPeer[] = [];
  const probes: EditProbe[] = [];
  const lanes: Promise<void>[] = [];
  let loading = true;
  try {
    for (let i = 0; i < options.victims; i++) {
      const room = await createRoom(server.url, { title: `Victim ${i + 1}` });
      const typist = await join(server, room.links.candidate, `Typist ${i + 1}`);
      const watcher = await join(server, room.links.interviewer, `Watcher ${i + 1}`);
      peers.push(typist, watcher);
      probes.push(new EditProbe(typist, watcher));
    }
    const runners: Runner[] = [];
    for (let i = 0; i < options.hostileRooms; i++) {
      const program = HOSTILE_PROGRAMS[i % HOSTILE_PROGRAMS.length] as (typeof HOSTILE_PROGRAMS)[number];
      const runner = await problemRoom(server, program.code, `Hostile ${i + 1}`);
      peers.push(runner.peer);
      runners.push(runner);
    }

    for (const probe of probes) probe.start(1000 / options.keysPerSecond);
    await delay(1000);
    const baseline = await phase(options.phaseSeconds);

    const hostile: IsolationFigures['hostile'] = {
      requested: 0,
      refused: {},
      finished: 0,
      verdicts: {},
      verdictLatency: distribution([]),
      errors: 0,
    };
    const hostileLatencies: number[] = [];
    const count = (record: Record<string, number>, key: string) => {
      record[key] = (record[key] ?? 0) + 1;
    };
    const lane = async (runner: Runner) => {
      await delay(Math.random() * options.staggerSeconds * 1000);
      while (loading) {
        try {
          hostile.requested++;
          const outcome = await runner.run('submit', 30_000);
          if (!outcome.reply.ok) {
            count(hostile.refused, outcome.reply.reason);
            await delay(1000);
            continue;
          }
          hostile.finished++;
          const run = outcome.run as RunRecord;
          count(hostile.verdicts, run.report?.verdict ?? `failed:${run.error?.reason ?? 'unknown'}`);
          hostileLatencies.push(outcome.verdictMs as number);
        } catch {
          hostile.errors++;
          await delay(1000);
        }
      }
    };
    for (const runner of runners) lanes.push(lane(runner), lane(runner));
    // The queue fills at once; staggered rooms all start before the measurement.
    await delay(Math.max(3, options.staggerSeconds) * 1000);
    const underLoad = await phase(options.phaseSeconds);

    loading = false;
    for (const probe of probes) probe.stop();
    // Keystrokes still in flight, then the hostile runs still being judged (each ends
    // within its submission's time budget), so the server closes with nothing running.
    const drainUntil = performance.now() + 5000;
    while (probes.some((p) => p.pending > 0) && performance.now() < drainUntil) await delay(20);
    await withTimeout(Promise.all(lanes), 40_000, 'draining the hostile runs');
    hostile.verdictLatency = distribution(hostileLatencies, 0);

    return {
      victimRooms: options.victims,
      keysPerSecond: options.keysPerSecond,
      hostileRooms: options.hostileRooms,
      lanesPerHostileRoom: 2,
      staggerSeconds: options.staggerSeconds,
      programs: HOSTILE_PROGRAMS.map((p) => p.name),
      baseline: phaseFigures(probes, baseline),
      underLoad: phaseFigures(probes, underLoad),
      hostile,
    };
  } finally {
    loading = false;
    for (const probe of probes) probe.stop();
    for (const peer of peers) peer.close();
  }
}
