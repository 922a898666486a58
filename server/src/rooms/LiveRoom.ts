import {
  canAccessPrivate,
  canEditShared,
  codeText,
  DOC_NAMES,
  type DocName,
  DryRunError,
  type FeedbackStatus,
  type HintRecord,
  INTERVIEWER_WRITTEN_ROOTS,
  LANGUAGES,
  type Language,
  type PadTest,
  type PadTestsView,
  type Participant,
  padTestsView,
  type Role,
  type RoomProblem,
  type RunOutput,
  type RunRecord,
  readAwarenessClientIds,
  roomSettings,
  SERVER_WRITTEN_ROOTS,
  selectedLanguage,
} from '@dryrun/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { StoredUpdate } from '../store/Store.ts';
import { touchesRoots } from './serverWrittenRoots.ts';

/** Where a room sends things for one participant. The transport adapter implements it. */
export interface PeerSink {
  sync(doc: DocName, frame: Uint8Array): void;
  awareness(frame: Uint8Array): void;
  participants(list: Participant[]): void;
  /** A run of the room's code started or finished; everyone in the room gets the same record. */
  run(phase: 'started' | 'finished', record: RunRecord): void;
  /** The room's problem changed. */
  problem(problem: RoomProblem | null): void;
  /** The interviewer revealed a hint. */
  hint(record: HintRecord): void;
  /** The feedback report became ready. */
  feedback(status: FeedbackStatus): void;
  /** The blank pad's own tests changed (as this participant may see them). */
  padTests(view: PadTestsView): void;
  /** A running program wrote these console lines. */
  runOutput(output: RunOutput): void;
}

/** One participant's handle on a room, returned by {@link LiveRoom.join}. */
export interface RoomSession {
  readonly participant: Participant;
  /** Handles a y-protocols sync frame; throws {@link DryRunError} on refusal. */
  sync(doc: DocName, frame: Uint8Array): void;
  /** Handles an awareness frame; throws {@link DryRunError} on refusal. */
  awareness(frame: Uint8Array): void;
  leave(): void;
}

interface Peer {
  participant: Participant;
  sink: PeerSink;
}

const COLORS = ['#e5484d', '#0090ff', '#30a46c', '#f76b15', '#8e4ec6', '#d6409f', '#12a594', '#ad7f58'];

export interface LiveRoomHooks {
  /** Called with every update applied to a doc (to persist it). */
  onUpdate(update: StoredUpdate): void;
  /** Called when the last participant leaves. */
  onEmpty(room: LiveRoom): void;
  /** A hook or a sink failed; the room carries on (one broken peer must not stop the rest). */
  onError(error: unknown): void;
}

/**
 * A room loaded in memory: its shared and private Y.Docs, the awareness of the shared doc,
 * and the people connected. Transport-agnostic: it talks to participants through
 * {@link PeerSink}s and never imports socket.io. Role checks happen here, so every
 * transport gets them.
 */
export class LiveRoom {
  readonly docs: Record<DocName, Y.Doc> = { shared: new Y.Doc(), private: new Y.Doc() };
  readonly awareness = new awarenessProtocol.Awareness(this.docs.shared);
  private readonly peers = new Set<Peer>();
  /** The awareness frame being applied, relayed as is rather than re-encoded. */
  private relaying: Uint8Array | undefined;
  /** Admissions granted but not yet joined: the room must not unload under them. */
  reservations = 0;

  constructor(
    readonly id: string,
    private readonly hooks: LiveRoomHooks,
  ) {
    // The server has no cursor of its own.
    this.awareness.setLocalState(null);
    for (const name of DOC_NAMES) {
      this.docs[name].on('update', (update: Uint8Array, origin: unknown) => this.broadcastUpdate(name, update, origin));
    }
    this.awareness.on('update', this.broadcastAwareness);
  }

  /** Applies stored updates without broadcasting or re-persisting them. */
  restore(updates: readonly StoredUpdate[]): void {
    for (const name of DOC_NAMES) {
      const mine = updates.filter((u) => u.doc === name).map((u) => u.update);
      if (mine.length > 0) Y.applyUpdate(this.docs[name], Y.mergeUpdates(mine), RESTORE);
    }
  }

  get isIdle(): boolean {
    return this.peers.size === 0 && this.reservations === 0;
  }

  participants(): Participant[] {
    return [...this.peers].map((p) => p.participant);
  }

  join(who: { id: string; name: string; role: Role; clientId: number }, sink: PeerSink): RoomSession {
    const participant: Participant = { ...who, color: this.freeColor() };
    const peer: Peer = { participant, sink };
    this.peers.add(peer);
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) sink.awareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
    this.broadcastParticipants();
    return {
      participant,
      sync: (doc, frame) => this.handleSync(peer, doc, frame),
      awareness: (frame) => this.handleAwareness(peer, frame),
      leave: () => this.leave(peer),
    };
  }

  private handleSync(peer: Peer, doc: DocName, frame: Uint8Array): void {
    const { role } = peer.participant;
    if (doc === 'private' && !canAccessPrivate(role)) {
      throw new DryRunError('FORBIDDEN', 'Only interviewers can open the private notes.');
    }
    const decoder = decoding.createDecoder(frame);
    const target = this.docs[doc];
    let type: number;
    let payload: Uint8Array;
    try {
      type = decoding.readVarUint(decoder);
      payload = decoding.readVarUint8Array(decoder);
    } catch {
      throw new DryRunError('MALFORMED', 'The sync frame is empty or truncated.');
    }
    // The three y-protocols sync messages, read here rather than through readSyncMessage so
    // that a bad update is one typed refusal (y-protocols would also print it to stderr).
    switch (type) {
      case syncProtocol.messageYjsSyncStep1: {
        let reply: Uint8Array;
        try {
          const encoder = encoding.createEncoder();
          syncProtocol.writeSyncStep2(encoder, target, payload);
          reply = encoding.toUint8Array(encoder);
        } catch {
          throw new DryRunError('MALFORMED', 'The state vector could not be decoded.');
        }
        peer.sink.sync(doc, reply);
        // Ask back for what the client has and we lack (edits made offline).
        const ask = encoding.createEncoder();
        syncProtocol.writeSyncStep1(ask, target);
        peer.sink.sync(doc, encoding.toUint8Array(ask));
        return;
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate:
        if (doc === 'shared' && !canEditShared(role)) throw new DryRunError('FORBIDDEN', 'Observers cannot edit.');
        if (doc === 'shared') this.guardClosedParts(role, payload);
        try {
          Y.applyUpdate(target, payload, peer);
        } catch {
          throw new DryRunError('MALFORMED', 'The update could not be decoded.');
        }
        return;
      default:
        throw new DryRunError('MALFORMED', `Unknown sync message type ${type}.`);
    }
  }

  private handleAwareness(peer: Peer, frame: Uint8Array): void {
    let ids: number[];
    try {
      ids = readAwarenessClientIds(frame);
    } catch {
      throw new DryRunError('MALFORMED', 'The awareness frame could not be decoded.');
    }
    if (ids.some((id) => id !== peer.participant.clientId)) {
      throw new DryRunError('FORBIDDEN', 'An awareness update may only carry your own state.');
    }
    // Safe to relay verbatim: it carries only the sender's own state (checked above).
    this.relaying = frame;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, frame, peer);
    } finally {
      this.relaying = undefined;
    }
  }

  private leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    const { clientId } = peer.participant;
    const stillHere = [...this.peers].some((p) => p.participant.clientId === clientId);
    if (!stillHere && this.awareness.getStates().has(clientId)) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [clientId], LEAVE);
    }
    this.broadcastParticipants();
    if (this.peers.size === 0) this.hooks.onEmpty(this);
  }

  /**
   * Refuses an update that touches a part of the shared doc this role may not write: the
   * server-written logs for everyone, a blank pad's question for all but interviewers.
   */
  private guardClosedParts(role: Role, update: Uint8Array): void {
    let touched: boolean;
    try {
      touched = touchesRoots(
        this.docs.shared,
        update,
        canAccessPrivate(role) ? SERVER_WRITTEN : CLOSED_TO_PARTICIPANTS,
      );
    } catch {
      throw new DryRunError('MALFORMED', 'The update could not be decoded.');
    }
    if (!touched) return;
    throw new DryRunError(
      'FORBIDDEN',
      canAccessPrivate(role)
        ? 'Think-aloud notes and complexity claims are added through the server, not edited in the doc.'
        : 'Only interviewers write the question, and notes and claims are added through the server.',
    );
  }

  /** Runs a hook or a sink call; its failure is reported, never thrown into Yjs. */
  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.hooks.onError(error);
    }
  }

  private broadcastUpdate(doc: DocName, update: Uint8Array, origin: unknown): void {
    if (origin === RESTORE) return;
    // These run inside Yjs' update event: a throw here would surface in handleSync as a
    // decoding error and skip the peers after the failing one.
    this.guard(() => this.hooks.onUpdate({ roomId: this.id, doc, update, at: new Date() }));
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    const frame = encoding.toUint8Array(encoder);
    for (const peer of this.peers) {
      if (peer === origin) continue;
      if (doc === 'private' && !canAccessPrivate(peer.participant.role)) continue;
      this.guard(() => peer.sink.sync(doc, frame));
    }
  }

  private readonly broadcastAwareness = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = changes.added.concat(changes.updated, changes.removed);
    if (changed.length === 0) return;
    const frame = this.relaying ?? awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    for (const peer of this.peers) {
      if (peer !== origin) this.guard(() => peer.sink.awareness(frame));
    }
  };

  /** The code of a problem in the language the room has selected, as it is right now. */
  currentCode(problem: string): { language: Language; code: string } {
    const language = selectedLanguage(this.docs.shared);
    return { language, code: codeText(this.docs.shared, problem, language).toString() };
  }

  /**
   * Writes a problem's starter code into the shared doc, in each language whose code is
   * still empty, once per problem (the server writes it, so two people opening a problem
   * never get it twice). Persisted and broadcast like any edit.
   */
  seedCode(problem: string, starter: Record<Language, string>): void {
    const settings = roomSettings(this.docs.shared);
    const key = `seeded/${problem}`;
    // Once per problem: code someone deleted on purpose does not come back.
    if (settings.get(key) === true) return;
    this.docs.shared.transact(() => {
      for (const language of LANGUAGES) {
        const text = codeText(this.docs.shared, problem, language);
        if (text.length === 0 && starter[language]) text.insert(0, starter[language]);
      }
      settings.set(key, true);
    }, SEED);
  }

  /**
   * Appends an entry the server vouches for (a think-aloud note, a claim) to a server-written
   * log of the shared doc. Persisted and broadcast like any edit.
   */
  appendServerEntry<T>(log: (doc: Y.Doc) => Y.Array<T>, entry: T): void {
    this.docs.shared.transact(() => log(this.docs.shared).push([entry]), SERVER_ENTRY);
  }

  broadcastHint(record: HintRecord): void {
    for (const peer of this.peers) this.guard(() => peer.sink.hint(record));
  }

  /** Each participant gets the pad's tests their role may see: hidden ones go to interviewers only. */
  broadcastPadTests(tests: readonly PadTest[]): void {
    for (const peer of this.peers) this.guard(() => peer.sink.padTests(padTestsView(tests, peer.participant.role)));
  }

  broadcastFeedback(status: FeedbackStatus): void {
    for (const peer of this.peers) this.guard(() => peer.sink.feedback(status));
  }

  broadcastProblem(problem: RoomProblem | null): void {
    for (const peer of this.peers) this.guard(() => peer.sink.problem(problem));
  }

  broadcastRunOutput(output: RunOutput): void {
    for (const peer of this.peers) this.guard(() => peer.sink.runOutput(output));
  }

  broadcastRun(phase: 'started' | 'finished', record: RunRecord): void {
    for (const peer of this.peers) this.guard(() => peer.sink.run(phase, record));
  }

  private broadcastParticipants(): void {
    const list = this.participants();
    for (const peer of this.peers) this.guard(() => peer.sink.participants(list));
  }

  private freeColor(): string {
    const used = new Set([...this.peers].map((p) => p.participant.color));
    return COLORS.find((c) => !used.has(c)) ?? COLORS[this.peers.size % COLORS.length] ?? '#888';
  }

  destroy(): void {
    this.awareness.destroy();
    for (const name of DOC_NAMES) this.docs[name].destroy();
  }
}

/** Transaction origins of the server's own changes. */
const RESTORE = Symbol('restore');
const SEED = Symbol('seed');
const SERVER_ENTRY = Symbol('server entry');
const SERVER_WRITTEN: ReadonlySet<string> = new Set(SERVER_WRITTEN_ROOTS);
const CLOSED_TO_PARTICIPANTS: ReadonlySet<string> = new Set([...SERVER_WRITTEN_ROOTS, ...INTERVIEWER_WRITTEN_ROOTS]);
const LEAVE = Symbol('leave');
