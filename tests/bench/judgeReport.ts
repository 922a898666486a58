/** The figures `pnpm bench:judge` reports, and how it prints them. */
import type { InProcessVerdictFigures, RuntimeFigures, SlowdownFigures, ThroughputFigures } from './judgeInProcess.ts';
import type { IsolationFigures, PhaseFigures, RoomVerdictFigures } from './judgeRooms.ts';
import type { CpuShare, Distribution } from './judgeStats.ts';

/** Targets this benchmark reports against. */
export const TARGET_RUNTIME_P50_MS = 2;
export const TARGET_VERDICT_P50_MS = 50;
export const TARGET_SUBMISSIONS_PER_SECOND = 50;

/** A target and the figure it was judged on; `met` is null when the part did not run. */
export interface Target {
  goal: string;
  value: number | null;
  unit: string;
  met: boolean | null;
}

export interface JudgeBenchReport {
  machine: { cpuModel: string; availableParallelism: number; loadAverage1m: number; node: string };
  /** The server code measured: commit, and whether server/ or shared/ had uncommitted changes. */
  serverTree: string;
  totalSeconds: number;
  runtime: RuntimeFigures | null;
  verdictInProcess: InProcessVerdictFigures | null;
  verdictInRoom: RoomVerdictFigures | null;
  throughput: ThroughputFigures | null;
  slowdown: SlowdownFigures | null;
  isolation: IsolationFigures | null;
  targets: {
    runtimeP50: Target;
    verdictP50InProcess: Target;
    verdictP50InRoom: Target;
    submissionsPerSecond: Target;
  };
}

export function targetsOf(r: Omit<JudgeBenchReport, 'targets'>): JudgeBenchReport['targets'] {
  const target = (goal: string, unit: string, value: number | undefined, met: (x: number) => boolean): Target =>
    value === undefined ? { goal, value: null, unit, met: null } : { goal, value, unit, met: met(value) };
  return {
    runtimeP50: target(
      `fresh runtime + harness p50 < ${TARGET_RUNTIME_P50_MS} ms`,
      'ms',
      r.runtime?.perTest.p50,
      (x) => x < TARGET_RUNTIME_P50_MS,
    ),
    verdictP50InProcess: target(
      `submit-to-verdict p50 < ${TARGET_VERDICT_P50_MS} ms (in process)`,
      'ms',
      r.verdictInProcess?.latency.p50,
      (x) => x < TARGET_VERDICT_P50_MS,
    ),
    verdictP50InRoom: target(
      `submit-to-verdict p50 < ${TARGET_VERDICT_P50_MS} ms (room)`,
      'ms',
      r.verdictInRoom?.latency.p50,
      (x) => x < TARGET_VERDICT_P50_MS,
    ),
    submissionsPerSecond: target(
      `≥ ${TARGET_SUBMISSIONS_PER_SECOND} submissions/s on 2 workers`,
      'submissions/s',
      r.throughput?.perSecond,
      (x) => x >= TARGET_SUBMISSIONS_PER_SECOND,
    ),
  };
}

const ms = (x: number, digits = 2) => (Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a');
const verdict = (t: Target) => (t.met === null ? '' : t.met ? `  PASS (${t.goal})` : `  MISS (${t.goal})`);
/** A label column wide enough for the longest label. */
const LABEL = 46;
/** Two figures in columns, under a header made the same way. */
const pair = (label: string, a: string, b: string) =>
  `    ${label.padEnd(LABEL - 2)} ${a.padStart(10)} ${b.padStart(10)}`;
const heading = (label: string) => `${`  ${label}`.padEnd(LABEL + 2)} ${'p50'.padStart(10)} ${'p90'.padStart(10)}`;
const cpuLine = (c: CpuShare) =>
  `this process ${c.ownPercent.toFixed(0)} %, other processes ${c.otherPercent.toFixed(0)} % (of one core)` +
  (c.otherPercent > 20 ? '  ← other load on the machine' : '');
const spread = (d: Distribution, digits = 2) =>
  `p50 ${ms(d.p50, digits)}  p90 ${ms(d.p90, digits)}  p99 ${ms(d.p99, digits)}  max ${ms(d.max, digits)}  (n=${d.n})`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(0)}`;
const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || 'none';

type Row = [string, string] | string;

function runtimeRows(r: RuntimeFigures, target: Target): Row[] {
  const rows: Row[] = [
    `1. Fresh runtime + harness per test (in process: QuickJSHost + runProgram; ${r.iterations} iterations after ${r.warmup} warm-up)`,
    [
      'f(1, 2) called, program prepared once',
      `p50 ${ms(r.perTest.p50, 3)}  p90 ${ms(r.perTest.p90, 3)}${verdict(target)}`,
    ],
    heading('Breakdown'),
    ...r.variants.map((v): Row => pair(v.label, ms(v.latency.p50, 3), ms(v.latency.p90, 3))),
  ];
  rows.push(['CPU', cpuLine(r.cpu)]);
  return rows;
}

function isolationRows(r: IsolationFigures): Row[] {
  const side = (label: string, f: (p: PhaseFigures) => string): Row =>
    `  ${label.padEnd(LABEL)} ${f(r.baseline).padEnd(26)} ${f(r.underLoad)}`;
  const eld = (p: PhaseFigures) =>
    `${p.eventLoopDelay.p50.toFixed(1)} / ${p.eventLoopDelay.p99.toFixed(1)} / ${p.eventLoopDelay.max.toFixed(1)} ms`;
  return [
    `5. Other rooms under hostile load: ${r.victimRooms} rooms typing (${r.keysPerSecond} keys/s, one typist, one watcher each);`,
    `   load = ${r.hostileRooms} rooms × ${r.lanesPerHostileRoom} submits in flight of ${r.programs.join(' / ')} (20 tests each),`,
    `   ${r.staggerSeconds > 0 ? `started at random within ${r.staggerSeconds} s` : 'all started at once (their 10 s submission budgets run out together)'}`,
    `  ${''.padEnd(LABEL)} ${'baseline'.padEnd(26)} under load`,
    side('edit → other participant p50', (p) => ms(p.edits.p50)),
    side('edit → other participant p99', (p) => ms(p.edits.p99)),
    side('edit → other participant max', (p) => ms(p.edits.max)),
    side('edits typed / never seen', (p) => `${p.editsSent} / ${p.editsUndelivered}`),
    side('event-loop delay p50 / p99 / max', eld),
    side('main-thread GC: count / total / longest', (p) => `${p.gc.count} / ${p.gc.totalMs} / ${p.gc.maxMs} ms`),
    side(
      'CPU: this process / others (% of a core)',
      (p) => `${p.cpu.ownPercent.toFixed(0)} / ${p.cpu.otherPercent.toFixed(0)}`,
    ),
    side('phase length', (p) => `${p.seconds.toFixed(1)} s`),
    [
      'hostile submits',
      `${r.hostile.requested} asked, ${r.hostile.finished} judged, refused: ${counts(r.hostile.refused)}, errors ${r.hostile.errors}`,
    ],
    ['hostile verdicts', counts(r.hostile.verdicts)],
    [
      'hostile submit → verdict',
      `p50 ${ms(r.hostile.verdictLatency.p50, 0)}  p99 ${ms(r.hostile.verdictLatency.p99, 0)}  max ${ms(r.hostile.verdictLatency.max, 0)}`,
    ],
    '  (server, judge workers and bench clients share one process: event-loop delay is the server loop with light clients on it)',
  ];
}

export function printReport(r: JudgeBenchReport): void {
  const t = r.targets;
  const rows: Row[] = [
    `DryRun judge benchmark: ${r.machine.availableParallelism} cores (${r.machine.cpuModel}), Node ${r.machine.node}, ` +
      `load average ${r.machine.loadAverage1m.toFixed(2)} at start, server code ${r.serverTree}`,
    'Other processes may share this machine: each part prints their CPU next to its figures.',
    '',
  ];
  if (r.runtime) rows.push(...runtimeRows(r.runtime, t.runtimeP50), '');
  if (r.verdictInProcess || r.verdictInRoom)
    rows.push('2. Submit-to-verdict, a 20-test problem (Two Sum, 3 visible + 17 hidden), simple solution');
  if (r.verdictInProcess) {
    const v = r.verdictInProcess;
    rows.push(
      `  a) in process: Judge + JudgePool({ size: 2 }), ${v.submissions} sequential submissions`,
      ['submit → report', `${spread(v.latency)}${verdict(t.verdictP50InProcess)}`],
      ['per test, in the sandbox', spread(v.sandboxPerTest, 3)],
      ['not fully accepted', counts(v.notAccepted)],
      ['first submission, workers starting', `${ms(v.cold.ms, 0)}, ${v.cold.verdict}`],
      ['CPU', cpuLine(v.cpu)],
    );
  }
  if (r.verdictInRoom) {
    const v = r.verdictInRoom;
    rows.push(
      `  b) through a room: real server (judgeWorkers 2), ${v.submissions} sequential submits over ${v.rooms} rooms`,
      ['emit → run:finished', `${spread(v.latency)}${verdict(t.verdictP50InRoom)}`],
      ['emit → acknowledgement', spread(v.ack)],
      ['not fully accepted', counts(v.notAccepted)],
      ['first submit, fresh server', `${ms(v.cold.ms, 0)}, ${v.cold.verdict}`],
      ['CPU', cpuLine(v.cpu)],
    );
  }
  if (r.verdictInProcess || r.verdictInRoom) rows.push('');
  if (r.throughput) {
    const v = r.throughput;
    rows.push(
      `3. Judged submissions per second: JudgePool({ size: 2 }), ${v.concurrency} submissions in flight (each its own key) for ${v.seconds} s`,
      ['submissions / s', `${v.perSecond.toFixed(1)}${verdict(t.submissionsPerSecond)}`],
      ['tests / s', String(v.testsPerSecond)],
      ['judged (accepted / other)', `${v.completed} / ${v.failed} in ${v.wallSeconds.toFixed(2)} s`],
      ['CPU', cpuLine(v.cpu)],
      '',
    );
  }
  if (r.slowdown) {
    const v = r.slowdown;
    rows.push(
      `4. QuickJS against Node's V8: sieve to 10⁶ + sort 2·10⁵ numbers with a comparator (median of ${v.reps} after a warm-up)`,
      ['Node (V8)', ms(v.nodeMs, 1)],
      ['sandbox (runProgram, budget 2³¹−1)', `${ms(v.sandboxMs, 1)}  = ${v.slowdown.toFixed(1)}× Node`],
      ['sandbox, budget 10¹² (counter vs a double)', ms(v.sandboxHugeBudgetMs, 1)],
      ['bare QuickJS, no step counting', `${ms(v.uncountedMs, 1)}  = ${v.slowdownUncounted.toFixed(1)}× Node`],
      ['steps counted', v.steps.toLocaleString('en-US')],
      [
        'steps / s',
        `${(v.stepsPerSecond / 1e6).toFixed(1)} M (budget 2³¹−1), ${(v.stepsPerSecondHugeBudget / 1e6).toFixed(1)} M (budget 10¹²)`,
      ],
      [
        'cost of step counting',
        `${signed(v.countingCostPercent)} % over bare QuickJS (${signed(v.countingCostHugeBudgetPercent)} % with budget 10¹²)`,
      ],
      ['CPU', cpuLine(v.cpu)],
      '',
    );
  }
  if (r.isolation) rows.push(...isolationRows(r.isolation), '');
  rows.push('Targets');
  for (const target of Object.values(t)) {
    const value = target.value === null ? 'not run' : `${target.value} ${target.unit}`;
    rows.push([target.goal, `${value.padEnd(20)} ${target.met === null ? '' : target.met ? 'PASS' : 'MISS'}`]);
  }
  rows.push(['whole benchmark took', `${r.totalSeconds.toFixed(0)} s`]);
  for (const row of rows) console.log(typeof row === 'string' ? row : `  ${row[0].padEnd(LABEL)} ${row[1]}`);
}
