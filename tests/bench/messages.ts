/** IPC messages between the benchmark's coordinator (sync.ts) and its client processes (clients.ts). */

/** One room as created over HTTP: its id and the capability tokens of its two links. */
export interface BenchRoom {
  id: string;
  interviewerToken: string;
  candidateToken: string;
}

export interface InitMessage {
  type: 'init';
  /** Server origin, always http://127.0.0.1:<port>. */
  url: string;
  rooms: BenchRoom[];
  /** Awareness frames per keystroke: 2 like the real editor (y-monaco sets `selections`, then `selection`). */
  cursorFrames: 1 | 2;
  /** Joins in flight at once. */
  connectConcurrency: number;
}

export interface StartMessage {
  type: 'start';
  /** Wall clock (Date.now()) at which typing starts; each client adds its own random offset. */
  startAtEpochMs: number;
  warmupMs: number;
  measureMs: number;
  /** How long to wait after typing stops for keystrokes still in flight. */
  drainMs: number;
  keysPerSecond: number;
}

export type ToClients = InitMessage | StartMessage | { type: 'close' };

export interface ClientResult {
  type: 'result';
  /** Keystroke-to-peer latencies of keystrokes sent in the measured window, in ms. */
  latenciesMs: Float64Array;
  /** When each of those keystrokes was typed, in ms since the measured window began. */
  sentAtMs: Float64Array;
  /** Keystrokes sent in the measured window. */
  measured: number;
  /** Of those, keystrokes the peer had still not applied when the drain ended. */
  undelivered: number;
  /** Keystrokes sent overall (warm-up included). */
  sentTotal: number;
  /** `room:rejected` events received, by reason. */
  rejections: Record<string, number>;
  /** Sockets that disconnected before the end. */
  disconnects: number;
  /** Event-loop utilisation of this client process during the measured window (0..1). */
  eventLoopUtilization: number;
  /** How late keystroke timers fired in the measured window (a client-side saturation signal), ms. */
  timerLateP99Ms: number;
  timerLateMaxMs: number;
}

export type FromClients =
  | { type: 'connected'; peers: number; ms: number }
  | ClientResult
  | { type: 'closed' }
  | { type: 'fatal'; message: string };
