import type {
  Actor,
  AssessmentSettings,
  SessionRecord,
  ComplexityReport,
  DocName,
  ErrorPayload,
  FeedbackRating,
  JudgeReport,
  Language,
  PadTest,
  Role,
  RunMode,
  RunTarget,
  SubmittedScorecard,
  TimelineEvent,
  TimelineFact,
} from '@dryrun/shared';

/** A room as stored. Tokens are kept only as hashes. */
export interface RoomRecord {
  id: string;
  title: string;
  problemSlug: string | null;
  tokenHashes: Record<Role, string>;
  createdAt: Date;
  /** An assessment's set-up; null for a pair room. */
  assessment: AssessmentSettings | null;
  /** The two-half session it is a half of; null for a room of one half (or an assessment). */
  session: SessionRecord | null;
}

/** An assessment whose clock started and whose score is not on its timeline yet. */
export interface OpenAssessment {
  roomId: string;
  deadline: Date;
  /** Ended (finished early, or at its deadline) and waiting to be scored. */
  ended: boolean;
}

/** One Yjs update of one doc, with the moment the server received it. */
export interface StoredUpdate {
  roomId: string;
  doc: DocName;
  update: Uint8Array;
  at: Date;
}

/** A doc's compacted past: its state after its first `edits` edits. */
export interface DocBase {
  state: Uint8Array;
  edits: number;
}

/** A doc as a room loads it: the compacted state (if any), then the updates stored since. */
export interface StoredDoc {
  base: DocBase | null;
  updates: StoredUpdate[];
}

/** How much one compaction folds: nothing under `atLeast` rows, at most `limit`. */
export interface CompactionBatch {
  atLeast: number;
  limit: number;
}

/** Makes a doc's state from the last compacted one (null: none yet) and the updates after it, in order. */
export type UpdateFold = (base: Uint8Array | null, updates: readonly Uint8Array[]) => Uint8Array;

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

/**
 * A fact to put on a room's timeline; the store numbers it (`seq`, one past the room's last).
 * With a `key`, it is put there once: a second draft with the same key is not stored.
 */
export type EventDraft = TimelineFact & { at: Date; by: Actor | null; key?: string; edits?: number };

/**
 * DryRun's persistence contract. One SQL implementation ({@link SqlStore}) runs on embedded
 * PGlite or on PostgreSQL; `store.contract.test.ts` runs against both.
 */
export interface Store {
  createRoom(room: RoomRecord): Promise<void>;
  getRoom(id: string): Promise<RoomRecord | undefined>;
  /** Puts a problem (or none) in front of a room, and on its timeline. */
  setRoomProblem(id: string, problemSlug: string | null, event: EventDraft): Promise<TimelineEvent>;
  /** Appends many updates in one write. */
  appendUpdates(updates: readonly StoredUpdate[]): Promise<void>;
  /** Every update of one doc in arrival order, compacted ones included (a replay's edits). */
  loadUpdates(roomId: string, doc: DocName): Promise<StoredUpdate[]>;
  /** One doc as a room loads it: its compacted state and the updates after it. */
  loadDoc(roomId: string, doc: DocName): Promise<StoredDoc>;
  /**
   * Folds a doc's oldest stored updates into a compacted chunk (every edit kept, with its
   * time, for the replay; `fold` makes the state a room then loads from), as much as `batch`
   * says. Returns how many it folded.
   */
  compactDoc(roomId: string, doc: DocName, fold: UpdateFold, batch: CompactionBatch): Promise<number>;
  /**
   * Appends a fact to the room's timeline and returns it numbered; null when the draft has
   * a `key` that an event of the room already has (it happened once already).
   */
  appendEvent(roomId: string, event: EventDraft): Promise<TimelineEvent | null>;
  /** The room's timeline, oldest first. */
  listEvents(roomId: string): Promise<TimelineEvent[]>;
  /** Stores a new run and its `runStarted` event, together. */
  createRun(run: StoredRun, event: EventDraft): Promise<TimelineEvent>;
  /** Stores how a run ended and its `runFinished` event, together. */
  finishRun(id: string, outcome: RunOutcome, event: EventDraft): Promise<TimelineEvent>;
  /**
   * Marks every run still `running` as `failed` with `error`, each with its `runFinished`
   * event: called once at start, when no run can be in progress (a crash or restart cut
   * them off). Returns how many there were.
   */
  abandonRuns(error: ErrorPayload, at: Date): Promise<number>;
  /** The room's latest `limit` runs, oldest first. */
  listRuns(roomId: string, limit: number): Promise<StoredRun[]>;
  /**
   * Stores the room's scorecard and its `scorecard` event, unless a scorecard is there
   * already (then null: it never changes).
   */
  submitScorecard(roomId: string, scorecard: SubmittedScorecard, event: EventDraft): Promise<TimelineEvent | null>;
  getScorecard(roomId: string): Promise<SubmittedScorecard | undefined>;
  /** The candidate's rating of the feedback; a new rating replaces theirs. */
  rateFeedback(roomId: string, rating: FeedbackRating): Promise<void>;
  getRating(roomId: string): Promise<FeedbackRating | undefined>;
  /** Replaces a blank pad's own tests, in order, with their `padTests` event. */
  setPadTests(roomId: string, tests: readonly PadTest[], event: EventDraft): Promise<TimelineEvent>;
  listPadTests(roomId: string): Promise<PadTest[]>;
  /** The Yjs client ids seen in a room, with the link (role) that first used each. */
  listClientIds(roomId: string): Promise<Map<number, Role>>;
  /** Records client ids as the link's; ids already recorded (for any link) stay as they are. */
  claimClientIds(roomId: string, ids: readonly number[], link: Role): Promise<void>;
  /** Assessments started and not scored yet (their deadline still to keep, at startup). */
  listOpenAssessments(): Promise<OpenAssessment[]>;
  /** Answers when the database is reachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
