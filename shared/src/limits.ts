/** Limits shared by the server (which enforces them) and clients (which stay under them). */
export const LIMITS = {
  /** Largest Yjs or awareness frame the server accepts from a client, in bytes. */
  maxFrameBytes: 1024 * 1024,
  /**
   * Events a socket may send (frames and requests alike): a token bucket of `frameBurst`
   * that refills at `framesPerSecond`. Fast typing with cursor updates stays far below it.
   */
  framesPerSecond: 60,
  frameBurst: 240,
  /** The bytes of binary frames a socket may send: a burst, then this many a second. */
  byteBurst: 4 * 1024 * 1024,
  bytesPerSecond: 512 * 1024,
  /** Refused events (over the budget, or refused for what they held) before a socket is let go as a flood. */
  maxRefusedEvents: 500,
  /** What one of a room's docs may grow to, in bytes of updates taken (the whole session's). */
  maxDocBytes: 16 * 1024 * 1024,
  /** Earlier Yjs client ids a join may name (see `joinRequestSchema`). */
  maxPriorClientIds: 16,
  /** Yjs client ids one link may claim in a room (a page load claims one). */
  maxClientIdsPerLink: 1000,
  /** An awareness state's JSON, in bytes, and the selections one cursor state may hold. */
  maxAwarenessStateBytes: 8 * 1024,
  maxSelections: 64,
  /** Display name length. */
  maxNameLength: 40,
  /** Room title length. */
  maxTitleLength: 120,
  /** Largest JSON body accepted by the HTTP API, in bytes. */
  maxJsonBodyBytes: 64 * 1024,
  /** Runs a room may start: a burst of `runBurst`, refilled at `runsPerMinute`. */
  runBurst: 6,
  runsPerMinute: 20,
  /** Runs a room may hold in all (its timeline stays a size a joiner can take). */
  maxRunsPerRoom: 2000,
  /** Runs of one room judged at the same time; more wait for one to finish. */
  runsInFlight: 2,
  /** Custom input of a run, in characters. */
  maxCustomInputLength: 16 * 1024,
  /** Runs a late joiner is sent. */
  runHistoryLength: 20,
  /** A think-aloud note, in characters. */
  maxNoteLength: 500,
  /** The one-line reason of a complexity claim, in characters. */
  maxClaimReasonLength: 200,
  /** Notes and claims a room may add: a burst, then this many a minute. */
  annotationBurst: 10,
  annotationsPerMinute: 30,
  /** Think-aloud notes and claims a room may hold in all. */
  maxAnnotationsPerRoom: 1000,
  /** A scorecard's per-dimension comment, in characters. */
  maxScoreCommentLength: 1000,
  /** A scorecard's strengths and things to improve, each, in characters. */
  maxFeedbackTextLength: 4000,
  /** Pieces of evidence one score may cite. */
  maxEvidencePerScore: 12,
  /** The candidate's comment on the feedback, in characters. */
  maxRatingCommentLength: 2000,
} as const;
