/**
 * A client process of the sync benchmark, forked by sync.ts. It connects two
 * {@link TestPeer}s per room (interviewer and candidate link), makes each type into the
 * room's code at a steady rate with a cursor update per keystroke, and measures how long
 * every keystroke takes to be applied by the other peer of its room. Both peers of a room
 * live in this process, so sender and receiver share one clock.
 */
import { performance } from 'node:perf_hooks';
import { ServerEvent } from '@dryrun/shared';
import * as Y from 'yjs';
import { TestPeer } from '../support/TestPeer.ts';
import type { BenchRoom, ClientResult, FromClients, InitMessage, StartMessage, ToClients } from './messages.ts';

/** What the clients type, over and over. */
const SNIPPET = `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const need = target - nums[i];
    if (seen.has(need)) return [seen.get(need), i];
    seen.set(nums[i], i);
  }
  return [];
}
`;

interface Keystroke {
  /** The sender's clock once this keystroke is in: the peer has it when its state reaches this. */
  clock: number;
  sentAt: number;
  measured: boolean;
}

interface MeasureWindow {
  measureFrom: number;
  measureTo: number;
}

/** One simulated person typing into one editor. */
class Typist {
  other!: Typist;
  private caret: Y.RelativePosition | null = null;
  private typed = 0;
  private readonly inFlight: Keystroke[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly peer: TestPeer,
    private readonly startAtEnd: boolean,
    private readonly cursorFrames: 1 | 2,
    private readonly stats: Stats,
  ) {
    // Every remote update may carry the other typist's keystrokes: resolve those it covers.
    peer.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== null) this.other.delivered(Y.getState(peer.doc.store, this.other.peer.doc.clientID));
    });
  }

  get clientId(): number {
    return this.peer.doc.clientID;
  }

  /** Keystrokes of the measured window the peer has not applied yet. */
  get measuredInFlight(): number {
    let n = 0;
    for (let i = this.head; i < this.inFlight.length; i++) if (this.inFlight[i]?.measured) n++;
    return n;
  }

  /** Types every `period` ms from `firstAt` until `stopAt` (performance.now() times). */
  start(firstAt: number, period: number, stopAt: number, window: MeasureWindow): void {
    let due = firstAt;
    const tick = () => {
      const now = performance.now();
      if (now >= stopAt) return;
      const measured = now >= window.measureFrom && now < window.measureTo;
      if (measured) this.stats.timerLate.push(now - due);
      this.keystroke(measured);
      // A person who falls behind does not type in bursts to catch up.
      due = Math.max(due + period, now + period / 2);
      this.timer = setTimeout(tick, due - performance.now());
    };
    this.timer = setTimeout(tick, due - performance.now());
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private keystroke(measured: boolean): void {
    const { doc, awareness } = this.peer;
    const text = this.peer.code;
    const caretIndex = this.caret ? Y.createAbsolutePositionFromRelativePosition(this.caret, doc)?.index : undefined;
    const index = caretIndex ?? (this.startAtEnd ? text.length : 0);
    const char = SNIPPET[this.typed++ % SNIPPET.length] ?? ' ';
    const sentAt = performance.now();
    // The doc's update handler (TestPeer) sends the y:sync frame synchronously.
    text.insert(index, char);
    this.inFlight.push({ clock: Y.getState(doc.store, doc.clientID), sentAt, measured });
    this.stats.sent++;
    if (measured) this.stats.measured++;
    // The caret after the new character, pinned left as the editor's binding pins it.
    this.caret = Y.createRelativePositionFromTypeIndex(text, index + 1, -1);
    const selection = { anchor: this.caret, head: this.caret };
    if (this.cursorFrames === 2) {
      // What y-monaco sent before patches/ merged it into one update: two awareness frames.
      awareness.setLocalStateField('selections', [selection]);
      awareness.setLocalStateField('selection', selection);
    } else {
      // y-monaco (patched) on every cursor move: one awareness frame.
      awareness.setLocalState({ ...awareness.getLocalState(), selections: [selection], selection });
    }
  }

  /** The peer's doc now holds this typist's clock up to `state`. */
  delivered(state: number): void {
    const now = performance.now();
    while (this.head < this.inFlight.length) {
      const keystroke = this.inFlight[this.head];
      if (!keystroke || keystroke.clock > state) break;
      if (keystroke.measured) {
        this.stats.latencies.push(now - keystroke.sentAt);
        this.stats.sentAt.push(keystroke.sentAt);
      }
      this.head++;
    }
    if (this.head > 4096) {
      this.inFlight.splice(0, this.head);
      this.head = 0;
    }
  }
}

interface Stats {
  latencies: number[];
  /** performance.now() at which each of `latencies` was typed. */
  sentAt: number[];
  timerLate: number[];
  sent: number;
  measured: number;
  disconnects: number;
  rejections: Record<string, number>;
}

const stats: Stats = { latencies: [], sentAt: [], timerLate: [], sent: 0, measured: 0, disconnects: 0, rejections: {} };
const typists: Typist[] = [];
let closing = false;

function send(message: FromClients): void {
  process.send?.(message);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function connectPeer(url: string, room: BenchRoom, role: 'interviewer' | 'candidate'): Promise<TestPeer> {
  const token = role === 'interviewer' ? room.interviewerToken : room.candidateToken;
  const peer = await TestPeer.connect(url, { roomId: room.id, token, name: `Bench ${role}` });
  // The other side's cursors are received but not applied: rendering them is no part of
  // what is measured, and decoding them costs the load generator ~5% of its CPU.
  peer.socket.off(ServerEvent.awareness);
  peer.socket.on(ServerEvent.awareness, () => {});
  // What the room page does once welcomed.
  peer.awareness.setLocalStateField('user', { name: `Bench ${role}`, color: peer.welcome.self.color, role });
  peer.socket.on('disconnect', () => {
    if (!closing) stats.disconnects++;
  });
  const deadline = performance.now() + 20_000;
  while (!peer.synced) {
    if (performance.now() > deadline) {
      peer.close();
      throw new Error(`room ${room.id}: ${role} never received sync step 2`);
    }
    await delay(10);
  }
  return peer;
}

async function connectAll(init: InitMessage): Promise<void> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < init.rooms.length) {
      const room = init.rooms[next++];
      if (!room) break;
      const [a, b] = await Promise.all([
        connectPeer(init.url, room, 'interviewer'),
        connectPeer(init.url, room, 'candidate'),
      ]);
      const interviewer = new Typist(a, false, init.cursorFrames, stats);
      const candidate = new Typist(b, true, init.cursorFrames, stats);
      interviewer.other = candidate;
      candidate.other = interviewer;
      typists.push(interviewer, candidate);
    }
  };
  await Promise.all(Array.from({ length: init.connectConcurrency }, worker));
  send({ type: 'connected', peers: typists.length, ms: performance.now() - started });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function run(start: StartMessage): Promise<void> {
  const t0 = performance.now() + (start.startAtEpochMs - Date.now());
  const period = 1000 / start.keysPerSecond;
  const window: MeasureWindow = { measureFrom: t0 + start.warmupMs, measureTo: t0 + start.warmupMs + start.measureMs };
  // Random phase per typist, so the clients are not in lockstep.
  for (const typist of typists) typist.start(t0 + Math.random() * period, period, window.measureTo, window);

  await delay(window.measureFrom - performance.now());
  const eluStart = performance.eventLoopUtilization();
  await delay(window.measureTo - performance.now());
  const elu = performance.eventLoopUtilization(eluStart).utilization;
  for (const typist of typists) typist.stop();

  const drainUntil = performance.now() + start.drainMs;
  let undelivered = typists.reduce((n, t) => n + t.measuredInFlight, 0);
  while (undelivered > 0 && performance.now() < drainUntil) {
    await delay(50);
    undelivered = typists.reduce((n, t) => n + t.measuredInFlight, 0);
  }
  for (const typist of typists) {
    for (const { reason } of typist.peer.rejections) stats.rejections[reason] = (stats.rejections[reason] ?? 0) + 1;
  }
  const late = stats.timerLate.sort((x, y) => x - y);
  const result: ClientResult = {
    type: 'result',
    latenciesMs: Float64Array.from(stats.latencies),
    sentAtMs: Float64Array.from(stats.sentAt, (t) => t - window.measureFrom),
    measured: stats.measured,
    undelivered,
    sentTotal: stats.sent,
    rejections: stats.rejections,
    disconnects: stats.disconnects,
    eventLoopUtilization: elu,
    timerLateP99Ms: percentile(late, 99),
    timerLateMaxMs: late[late.length - 1] ?? 0,
  };
  send(result);
}

function closeAll(): void {
  closing = true;
  for (const typist of typists) {
    typist.stop();
    typist.peer.close();
  }
}

function fail(error: unknown): void {
  send({ type: 'fatal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  closeAll();
  setTimeout(() => process.exit(1), 200).unref();
}

process.on('message', (message: ToClients) => {
  if (message.type === 'init') connectAll(message).catch(fail);
  else if (message.type === 'start') run(message).catch(fail);
  else if (message.type === 'close') {
    closeAll();
    send({ type: 'closed' });
    // Let the close frames go out, then leave even if a socket lingers.
    setTimeout(() => process.exit(0), 300);
  }
});
// The coordinator is gone (crashed or killed): do not outlive it.
process.on('disconnect', () => {
  closeAll();
  process.exit(2);
});
