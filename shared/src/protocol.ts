/**
 * The wire protocol between a DryRun client and server: socket.io events, their payloads
 * and the zod schemas that validate every inbound payload at the server edge.
 *
 * This is the only module that names socket events. Document changes in `PROTOCOL.md` and
 * bump {@link PROTOCOL_VERSION} when an old client could misread a new server.
 *
 * The zod schemas of inbound payloads are in `schemas.ts` (the server imports them; the
 * browser bundle does not need zod).
 *
 * This layer does not interpret Yjs content: a `sync` frame is an opaque y-protocols sync
 * message (see `PROTOCOL.md` for its byte grammar, and `frames.ts` for the one place that
 * writes and reads them).
 */
import type { ComplexityReport } from './complexity.ts';
import type { DocName, Language } from './docLayout.ts';
import type { ErrorPayload } from './errors.ts';
import type { ClaimRequest, InterviewerGuide, NoteRequest, ScorecardInput } from './interview.ts';
import type { PadTestInput, PadTestsView } from './padTests.ts';
import type { Phase } from './phases.ts';
import type { AssessmentView, IntegritySignal } from './assessment.ts';
import type { Role } from './roles.ts';
import type { SessionView, SwapRequest } from './session.ts';
import type { TimelineEvent } from './timeline.ts';
import type { JudgeReport } from './verdicts.ts';

/**
 * Checked at join: a client whose version differs gets `CLIENT_TOO_OLD` or `SERVER_TOO_OLD`.
 * 3: one join snapshot, the timeline of facts, the `question` doc, Yjs identity checks.
 * 4: assessments (the snapshot's `assessment` and `now`, their events and timeline facts).
 * 5: sessions in two halves (the snapshot's `session`, `swap:set`, the swap's timeline facts).
 */
export const PROTOCOL_VERSION = 5;

/** Path socket.io listens on. */
export const SOCKET_PATH = '/socket.io';

/** Events a client sends. */
export const ClientEvent = {
  /** `(doc, frame)`: a y-protocols sync message (step 1, step 2 or update) for one doc. */
  sync: 'y:sync',
  /** `(frame)`: a y-protocols awareness update for the shared doc (cursors, names). */
  awareness: 'y:awareness',
  /**
   * `(request: RunRequest, ack: (reply: RunReply) => void)`: judge the room's current code.
   * The reply says whether the run was accepted; its result reaches everyone as
   * `run:started` and `run:finished`.
   */
  run: 'run:request',
  /**
   * `(request: { slug: string | null }, ack: (reply: Reply) => void)`: interviewers only —
   * put a problem of the set in front of the room (or `null` for a blank pad). Everyone
   * gets `room:problem`.
   */
  setProblem: 'room:setProblem',
  /**
   * `(request: NoteRequest, ack: (reply: Reply) => void)`: add a note to the think-aloud log.
   * The server stamps it and puts it on the room's timeline (`room:event`, kind `note`).
   */
  note: 'thinkAloud:add',
  /**
   * `(request: ClaimRequest, ack: (reply: Reply) => void)`: state the time and space
   * complexity of the current problem's solution; on the timeline as kind `claim`.
   */
  claim: 'claim:set',
  /**
   * `(request: {}, ack: (reply: GuideReply) => void)`: interviewers only — the current
   * problem's guide (hints, follow-ups, mistakes, reference solution, rubric notes).
   */
  guide: 'guide:get',
  /**
   * `(request: { index: number }, ack: (reply: Reply) => void)`: interviewers only — show
   * the next hint of the ladder to the room. Recorded once, on the timeline (kind `hint`).
   */
  revealHint: 'hint:reveal',
  /**
   * `(scorecard: ScorecardInput, ack: (reply: Reply) => void)`: interviewers only — submit
   * the scorecard. It is then locked; the timeline says so (kind `scorecard`).
   */
  submitScorecard: 'scorecard:submit',
  /**
   * `(request: { tests: PadTestInput[] }, ack: (reply: Reply) => void)`: interviewers only —
   * the blank pad's own tests (replacing the last list). Everyone gets `padTests`.
   */
  setPadTests: 'padTests:set',
  /**
   * `(request: { name: string }, ack: (reply: Reply) => void)`: change the name the room
   * shows for you (cleaned as at join). Everyone, you included, gets `room:joined` with your
   * participant under its new name; what you did before keeps the name you had.
   */
  rename: 'room:rename',
  /**
   * `(request: {}, ack: (reply: Reply) => void)`: an assessment's candidate only — start the
   * clock. The timeline gets `assessmentStarted` (the deadline, the problems); the first
   * problem comes as `room:problem`. Starting twice changes nothing.
   */
  startAssessment: 'assessment:start',
  /**
   * `(request: {}, ack: (reply: Reply) => void)`: an assessment's candidate only — finish
   * before the deadline. Editing stops, every problem's latest code is judged, and the
   * timeline gets `assessmentEnded`, then `scored`.
   */
  finishAssessment: 'assessment:finish',
  /**
   * `(signal: IntegritySignal, ack: (reply: Reply) => void)`: the candidate only — in an
   * assessment while it runs, in a pair room at any time (nothing blocked there) — a paste, a
   * blocked paste or drop, leaving the page or coming back. On the timeline as kind
   * `integrity`, for the candidate to see, and in the replay; never a term of a score.
   */
  integrity: 'integrity:record',
  /**
   * `(request: PhasesRequest, ack: (reply: Reply) => void)`: an interviewer only — plan the
   * phase timer (it starts at once), go to a phase, or stop it. On the timeline as
   * `phasesPlanned`, `phaseStarted`, `phasesStopped`.
   */
  phases: 'phases:set',
  /**
   * `(request: SwapRequest, ack: (reply: Reply) => void)`: the interviewer or the candidate of
   * a pair room — propose to swap roles, accept or decline the other's proposal, or withdraw
   * one's own. On the timeline as `swapProposed`, `swapCancelled`, and at acceptance
   * `swapped`: the second half's room exists, and everyone here moves to it.
   */
  swap: 'swap:set',
} as const;

/** Events the server sends. */
export const ServerEvent = {
  /**
   * `(snapshot: RoomSnapshot)`: sent once, first, after a successful join: who you are, the
   * room's state and its timeline so far. Every later event follows on from it.
   */
  snapshot: 'room:snapshot',
  /**
   * `(participants: Participant[])`: people joined (those of one moment, together), or one
   * changed their name: a participant whose id is already listed replaces that entry.
   */
  joined: 'room:joined',
  /** `({ ids })`: participants' connections ended (those of one moment, together). */
  left: 'room:left',
  /** `(doc, frame)`: a y-protocols sync message for one doc. */
  sync: 'y:sync',
  /** `(frame)`: a y-protocols awareness update for the shared doc. */
  awareness: 'y:awareness',
  /** A frame or request was refused; the connection stays open. */
  rejected: 'room:rejected',
  /** `(problem: RoomProblem | null)`: the room's problem changed (the timeline says so too). */
  problem: 'room:problem',
  /** `(event: TimelineEvent)`: a new fact on the room's timeline (`seq` one past the last). */
  event: 'room:event',
  /** `(run: RunRecord)`: someone asked for a run; the judge is on it (`status: "running"`). */
  runStarted: 'run:started',
  /** `(run: RunRecord)`: the run is judged (`done`, with its report) or could not be (`failed`). */
  runFinished: 'run:finished',
  /**
   * `(output: RunOutput)`: console lines a running program (a whole-program Run) has
   * written since the last such event, about ten times a second; `run:finished` has them all.
   */
  runOutput: 'run:output',
  /**
   * `(view: PadTestsView)`: the blank pad's tests changed — all of them for interviewers,
   * the visible ones (and how many are hidden) for everyone else.
   */
  padTests: 'padTests',
} as const;

/** The acknowledgement of a request that only succeeds or fails. */
export type Reply = { ok: true } | ({ ok: false } & ErrorPayload);

/** A problem of the set as anyone may see it in a listing. */
export interface ProblemListing {
  slug: string;
  title: string;
  difficulty: 'easy' | 'medium' | 'hard';
  topics: string[];
  kind: 'function' | 'class' | 'async';
}

/**
 * The room's problem as every participant sees it: no hidden tests, reference solution,
 * generator, harness or guide — those never leave the server.
 */
export interface RoomProblem extends ProblemListing {
  /** The function (or class) the candidate writes. */
  entry: string;
  /** Markdown. */
  statement: string;
  starter: Record<Language, string>;
  /** The visible tests, formatted like Node's console: the call and its expected answer. */
  examples: Array<{ name: string; input: string; expected: string }>;
}

/**
 * "Run": the visible tests, and custom input if given. "Submit": every test, hidden ones
 * included (a complexity check follows an accepted submission). "Complexity": the measured
 * complexity check alone.
 */
export const RUN_MODES = ['run', 'submit', 'complexity'] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** What a run judges. */
export type RunTarget = 'problem' | 'padTests' | 'program';

/** Payload of {@link ClientEvent.run}. */
export interface RunRequest {
  mode: RunMode;
  /**
   * Run only: the arguments of one more call as JSON (for a class problem, its calls),
   * e.g. `[[2, 7, 11, 15], 9]`. Its expected answer comes from the reference solution.
   */
  customInput?: string;
  /**
   * Run only: run the whole file and show what it prints, without any test — in any room,
   * the way a blank pad without tests always runs.
   */
  program?: boolean;
}

/** Payload of {@link ServerEvent.runOutput}. */
export interface RunOutput {
  runId: string;
  /** Console lines, in order, each as `stdout` would show it. */
  lines: string[];
}

/** The acknowledgement of {@link ClientEvent.run}. */
export type RunReply = { ok: true; runId: string } | ({ ok: false } & ErrorPayload);

/** One run of a room's code, as the server stored it and as everyone in the room sees it. */
export interface RunRecord {
  id: string;
  mode: RunMode;
  status: 'running' | 'done' | 'failed';
  problemSlug: string;
  language: Language;
  /** Who asked. */
  by: { name: string; role: Role };
  /** ISO 8601. */
  createdAt: string;
  finishedAt: string | null;
  customInput: string | null;
  /** Hidden tests carry only their name and verdict. Null for a complexity check. */
  report: JudgeReport | null;
  /** A complexity check's findings. */
  complexity: ComplexityReport | null;
  /** For a check the server ran after an accepted submission: that submission's id. */
  follows: string | null;
  /** What was judged: a problem's tests, a blank pad's own tests, or the whole program. */
  target: RunTarget;
  /** Why a `failed` run could not be judged. */
  error: ErrorPayload | null;
}

/** The acknowledgement of {@link ClientEvent.guide}: null when the room has no problem. */
export type GuideReply = { ok: true; guide: InterviewerGuide | null } | ({ ok: false } & ErrorPayload);

/** A person connected to a room, as the server sees them. */
export interface Participant {
  /** Opaque connection id, unique per socket. */
  id: string;
  name: string;
  role: Role;
  /** CSS colour for this participant's cursor and label. */
  color: string;
  /** The Yjs client id of the participant's docs: their edits and cursor carry it. */
  clientId: number;
}

/**
 * Payload of {@link ServerEvent.snapshot}: the room as it is at the moment you joined. The
 * events that follow it (participants joining and leaving, timeline events, runs, problem
 * and pad test changes) are what happened after it, in order.
 */
export interface RoomSnapshot {
  protocolVersion: number;
  roomId: string;
  title: string;
  role: Role;
  self: Participant;
  /**
   * The Yjs client ids your edits may carry: `self.clientId`, and those of the join's
   * `priorClientIds` the server granted. An update with items of any other id is refused.
   */
  clientIds: number[];
  /** Everyone connected, you included. */
  participants: Participant[];
  /** The room's problem, or null for a blank pad. */
  problem: RoomProblem | null;
  /** Every event so far, oldest first (`seq` 1, 2, 3, …). */
  timeline: TimelineEvent[];
  /** The room's latest runs in full (up to `LIMITS.runHistoryLength`), oldest first. */
  runs: RunRecord[];
  /** The blank pad's own tests as you may see them. */
  padTests: PadTestsView;
  /** An assessment's set-up (where it stands is on the timeline); null in a pair room. */
  assessment: AssessmentView | null;
  /**
   * The two-half session this room is a half of; null for a room of one half (until its pair
   * swaps: the second half's snapshot has it, and the first's timeline says `swapped`).
   */
  session: SessionView | null;
  /** The server's clock when it sent this (ISO 8601): a countdown corrects the browser's by it. */
  now: string;
}

/** Payload of {@link ServerEvent.rejected}: the error and the event it answers. */
export interface Rejection extends ErrorPayload {
  event: string;
}

/** socket.io typed map of what a client may emit. */
export interface ClientToServerEvents {
  [ClientEvent.sync]: (doc: DocName, frame: Uint8Array) => void;
  [ClientEvent.awareness]: (frame: Uint8Array) => void;
  [ClientEvent.run]: (request: RunRequest, ack: (reply: RunReply) => void) => void;
  [ClientEvent.setProblem]: (request: { slug: string | null }, ack: (reply: Reply) => void) => void;
  [ClientEvent.note]: (request: NoteRequest, ack: (reply: Reply) => void) => void;
  [ClientEvent.claim]: (request: ClaimRequest, ack: (reply: Reply) => void) => void;
  [ClientEvent.guide]: (request: Record<string, never>, ack: (reply: GuideReply) => void) => void;
  [ClientEvent.revealHint]: (request: { index: number }, ack: (reply: Reply) => void) => void;
  [ClientEvent.submitScorecard]: (scorecard: ScorecardInput, ack: (reply: Reply) => void) => void;
  [ClientEvent.setPadTests]: (request: { tests: PadTestInput[] }, ack: (reply: Reply) => void) => void;
  [ClientEvent.rename]: (request: { name: string }, ack: (reply: Reply) => void) => void;
  [ClientEvent.startAssessment]: (request: Record<string, never>, ack: (reply: Reply) => void) => void;
  [ClientEvent.finishAssessment]: (request: Record<string, never>, ack: (reply: Reply) => void) => void;
  [ClientEvent.integrity]: (signal: IntegritySignal, ack: (reply: Reply) => void) => void;
  [ClientEvent.phases]: (request: PhasesRequest, ack: (reply: Reply) => void) => void;
  [ClientEvent.swap]: (request: SwapRequest, ack: (reply: Reply) => void) => void;
}

/** `phases:set`: plan the phases (and start the first), go to one, or stop. */
export type PhasesRequest = { action: 'plan'; phases: Phase[] } | { action: 'go'; index: number } | { action: 'stop' };

/** socket.io typed map of what the server emits. */
export interface ServerToClientEvents {
  [ServerEvent.snapshot]: (snapshot: RoomSnapshot) => void;
  [ServerEvent.joined]: (participants: Participant[]) => void;
  [ServerEvent.left]: (who: { ids: string[] }) => void;
  [ServerEvent.sync]: (doc: DocName, frame: Uint8Array) => void;
  [ServerEvent.awareness]: (frame: Uint8Array) => void;
  [ServerEvent.rejected]: (rejection: Rejection) => void;
  [ServerEvent.problem]: (problem: RoomProblem | null) => void;
  [ServerEvent.event]: (event: TimelineEvent) => void;
  [ServerEvent.runStarted]: (run: RunRecord) => void;
  [ServerEvent.runFinished]: (run: RunRecord) => void;
  [ServerEvent.runOutput]: (output: RunOutput) => void;
  [ServerEvent.padTests]: (view: PadTestsView) => void;
}

/** `POST /api/rooms` answer (201). */
export interface CreateRoomResponse {
  id: string;
  links: Record<Role, string>;
}

/** The query parameter of a room link that carries the capability token. */
export const TOKEN_PARAM = 'token';
/** The optional query parameter of a room link that pre-fills the display name. */
export const NAME_PARAM = 'name';

/** The path of a room's page. */
export function roomPath(roomId: string): string {
  return `/room/${encodeURIComponent(roomId)}`;
}

/** The path of a room's feedback report page (the link carries the token, like a room link). */
export function reportPath(roomId: string): string {
  return `/room/${encodeURIComponent(roomId)}/report`;
}

/**
 * `GET`: where a two-half session's feedback stands ({@link SessionFeedbackView}), for its
 * interviewer and candidate links; the token as for the report.
 */
export function sessionApiPath(roomId: string): string {
  return `/api/rooms/${encodeURIComponent(roomId)}/session`;
}

/**
 * The feedback report API: `GET` gives the {@link FeedbackReport} as JSON, `GET …/report.md`
 * as Markdown, `POST …/report/rating` takes the candidate's rating. The token goes in the
 * `Authorization: Bearer` header or the `token` query parameter.
 */
export function reportApiPath(roomId: string, format: 'json' | 'markdown' | 'rating' = 'json'): string {
  const base = `/api/rooms/${encodeURIComponent(roomId)}/report`;
  return format === 'json' ? base : format === 'markdown' ? `${base}.md` : `${base}/rating`;
}
