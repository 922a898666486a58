import type {
  ComplexityReport,
  DocName,
  ErrorPayload,
  FeedbackRating,
  HintRecord,
  JudgeReport,
  Language,
  PadTest,
  Role,
  RunMode,
  RunTarget,
  SubmittedScorecard,
} from '@dryrun/shared';

/** A room as stored. Tokens are kept only as hashes. */
export interface RoomRecord {
  id: string;
  title: string;
  problemSlug: string | null;
  tokenHashes: Record<Role, string>;
  createdAt: Date;
}

/** One Yjs update of one doc, with the moment the server received it. */
export interface StoredUpdate {
  roomId: string;
  doc: DocName;
  update: Uint8Array;
  at: Date;
}

/** A run of a room's code: what was judged, for whom, and (once judged) the report everyone saw. */
export interface StoredRun {
  id: string;
  roomId: string;
  mode: RunMode;
  status: 'running' | 'done' | 'failed';
  problemSlug: string;
  language: Language;
  byName: string;
  byRole: Role;
  /** The code exactly as judged. */
  code: string;
  customInput: string | null;
  report: JudgeReport | null;
  /** A complexity check's findings. */
  complexity: ComplexityReport | null;
  /** The accepted submission a complexity check was started after, by the server. */
  follows: string | null;
  target: RunTarget;
  error: ErrorPayload | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** How a run ended. */
export type RunOutcome = Pick<StoredRun, 'status' | 'report' | 'complexity' | 'error'> & { finishedAt: Date };

/** A hint revealed in a room (the record everyone sees, with the room it belongs to). */
export interface StoredHint extends HintRecord {
  roomId: string;
}

/**
 * DryRun's persistence contract. One SQL implementation ({@link SqlStore}) runs on embedded
 * PGlite or on PostgreSQL; `store.contract.test.ts` runs against both.
 */
export interface Store {
  createRoom(room: RoomRecord): Promise<void>;
  getRoom(id: string): Promise<RoomRecord | undefined>;
  /** Puts a problem (or none) in front of a room. */
  setRoomProblem(id: string, problemSlug: string | null): Promise<void>;
  /** Appends many updates in one write. */
  appendUpdates(updates: readonly StoredUpdate[]): Promise<void>;
  /** Every update of one doc in arrival order. */
  loadUpdates(roomId: string, doc: DocName): Promise<StoredUpdate[]>;
  createRun(run: StoredRun): Promise<void>;
  finishRun(id: string, outcome: RunOutcome): Promise<void>;
  /**
   * Marks every run still `running` as `failed` with `error`: called once at start, when no
   * run can be in progress (a crash or restart cut them off). Returns how many there were.
   */
  abandonRuns(error: ErrorPayload, at: Date): Promise<number>;
  /** The room's latest `limit` runs, oldest first. */
  listRuns(roomId: string, limit: number): Promise<StoredRun[]>;
  /**
   * Records a revealed hint once per room, problem and position: when it is already there,
   * the stored one is returned with `created: false`.
   */
  revealHint(hint: StoredHint): Promise<{ hint: StoredHint; created: boolean }>;
  /** The room's revealed hints, oldest first. */
  listHints(roomId: string): Promise<StoredHint[]>;
  /** Stores the room's scorecard unless one is there already (then false: it never changes). */
  submitScorecard(roomId: string, scorecard: SubmittedScorecard): Promise<boolean>;
  getScorecard(roomId: string): Promise<SubmittedScorecard | undefined>;
  /** The candidate's rating of the feedback; a new rating replaces theirs. */
  rateFeedback(roomId: string, rating: FeedbackRating): Promise<void>;
  getRating(roomId: string): Promise<FeedbackRating | undefined>;
  /** Replaces a blank pad's own tests, in order. */
  setPadTests(roomId: string, tests: readonly PadTest[]): Promise<void>;
  listPadTests(roomId: string): Promise<PadTest[]>;
  /** Answers when the database is reachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
