/** Limits shared by the server (which enforces them) and clients (which stay under them). */
export const LIMITS = {
  /** Largest Yjs or awareness frame the server accepts from a client, in bytes. */
  maxFrameBytes: 1024 * 1024,
  /**
   * Frames a socket may send: a token bucket of `frameBurst` that refills at
   * `framesPerSecond`. Fast typing with cursor updates stays far below it.
   */
  framesPerSecond: 60,
  frameBurst: 240,
  /** Rate-limited frames after which a socket is disconnected as a flood. */
  maxRateLimitedFrames: 500,
  /** Display name length. */
  maxNameLength: 40,
  /** Room title length. */
  maxTitleLength: 120,
  /** Largest JSON body accepted by the HTTP API, in bytes. */
  maxJsonBodyBytes: 64 * 1024,
  /** Runs a room may start: a burst of `runBurst`, refilled at `runsPerMinute`. */
  runBurst: 6,
  runsPerMinute: 20,
  /** Runs of one room judged at the same time; more wait for one to finish. */
  runsInFlight: 2,
  /** Custom input of a run, in characters. */
  maxCustomInputLength: 16 * 1024,
  /** Runs a late joiner is sent. */
  runHistoryLength: 20,
} as const;
