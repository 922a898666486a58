import {
  type CreateRoomRequest,
  type CreateRoomResponse,
  DOC_NAMES,
  DryRunError,
  type JoinRequest,
  LIMITS,
  PROTOCOL_VERSION,
  ROLES,
  type Role,
  type RoomProblem,
  roomPath,
  TOKEN_PARAM,
  type TimelineEvent,
} from '@dryrun/shared';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { runRecordOf } from '../runs/runRecord.ts';
import type { DocBase, RoomRecord, Store } from '../store/Store.ts';
import type { Compaction } from './Compaction.ts';
import { capacityOf, LiveRoom, type PeerSink, type RoomSession, type Seat } from './LiveRoom.ts';
import { hashToken, newRoomId, newToken, roleForToken } from './tokens.ts';
import type { UpdateLog } from './UpdateLog.ts';

export interface RoomServiceOptions {
  /** How long an empty room stays in memory before it is written out and unloaded. */
  idleUnloadMs: number;
  /** Connections one room takes at once (shared out among its links: see `capacityOf`). */
  maxConnectionsPerRoom: number;
}

export interface RoomServiceDeps {
  store: Store;
  updates: UpdateLog;
  compaction: Compaction;
  log: Logger;
  /** The room's problem as participants see it (a blank pad: null). */
  problemView(slug: string | null): Promise<RoomProblem | null>;
  /** Work a room needs once it is loaded, before anyone joins (writing a problem's starter code). */
  prepare(room: LiveRoom): Promise<void>;
  /** The server's clock (rooms keep assessment deadlines by it). */
  now(): Date;
}

/** A join the server has accepted; {@link Admission.enter} puts the person in the room. */
export interface Admission {
  readonly room: LiveRoom;
  readonly role: Role;
  enter(connectionId: string, sink: PeerSink): RoomSession;
  /** The connection never entered (it closed during the handshake). */
  cancel(): void;
}

/**
 * Creates rooms, checks capability tokens and keeps the rooms people are in loaded.
 * Knows nothing of HTTP or socket.io.
 */
export class RoomService {
  private readonly live = new Map<string, Promise<LiveRoom>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly deps: RoomServiceDeps,
    private readonly options: RoomServiceOptions,
  ) {}

  async create(request: CreateRoomRequest, baseUrl: string): Promise<CreateRoomResponse> {
    const halves = request.halves ?? null;
    const { id, tokens } = await this.createRecord({
      title: request.title || 'Mock interview',
      problemSlug: halves ? halves[0].problemSlug : (request.problemSlug ?? null),
      assessment: null,
      session: halves ? { half: 1, halves, firstHalf: null } : null,
    });
    const link = (role: Role) => {
      const url = new URL(roomPath(id), baseUrl);
      url.searchParams.set(TOKEN_PARAM, tokens[role]);
      return url.toString();
    };
    return { id, links: Object.fromEntries(ROLES.map((r) => [r, link(r)])) as Record<Role, string> };
  }

  /** Stores a new room with a fresh token per link, and answers the tokens (kept nowhere else). */
  async createRecord(
    spec: Pick<RoomRecord, 'title' | 'problemSlug' | 'assessment' | 'session'>,
  ): Promise<{ id: string; tokens: Record<Role, string> }> {
    const id = newRoomId();
    const tokens = { interviewer: newToken(), candidate: newToken(), observer: newToken() };
    await this.deps.store.createRoom({
      id,
      ...spec,
      tokenHashes: {
        interviewer: hashToken(tokens.interviewer),
        candidate: hashToken(tokens.candidate),
        observer: hashToken(tokens.observer),
      },
      createdAt: new Date(),
    });
    this.deps.log.info({ roomId: id, assessment: spec.assessment !== null }, 'room created');
    return { id, tokens };
  }

  /**
   * Stores the second half of a session whose first half is `first`: the same links, with
   * the interviewer's and the candidate's roles swapped (`roleInHalf`), and the plan's second
   * problem. Answers its id.
   */
  async createSecondHalf(first: RoomRecord): Promise<string> {
    const id = newRoomId();
    const halves = first.session?.halves ?? null;
    const { interviewer, candidate, observer } = first.tokenHashes;
    await this.deps.store.createRoom({
      id,
      title: first.title,
      problemSlug: halves ? halves[1].problemSlug : null,
      assessment: null,
      session: { half: 2, halves, firstHalf: first.id },
      tokenHashes: { interviewer: candidate, candidate: interviewer, observer },
      createdAt: this.deps.now(),
    });
    this.deps.log.info({ roomId: id, firstHalf: first.id }, 'second half created');
    return id;
  }

  /** Checks a join request and loads the room; throws {@link DryRunError} on refusal. */
  async admit(request: JoinRequest): Promise<Admission> {
    if (request.protocolVersion < PROTOCOL_VERSION) {
      throw new DryRunError('CLIENT_TOO_OLD', 'This page is out of date. Reload it to join.');
    }
    if (request.protocolVersion > PROTOCOL_VERSION) {
      throw new DryRunError('SERVER_TOO_OLD', 'The server is older than this page; ask its host to update it.');
    }
    // A loaded room answers from memory: a storm of joins costs no database reads.
    const loaded = await this.loaded(request.roomId);
    const { role } = loaded
      ? this.roleIn(loaded.record, request.token)
      : await this.roleFor(request.roomId, request.token);
    const room = loaded ?? (await this.open(request.roomId));
    this.cancelUnload(room.id);
    let seat: Seat;
    try {
      refuseReviewBeforeEnd(room, role);
      seat = await room.admit(role, request.clientId, request.priorClientIds);
    } catch (error) {
      if (room.isIdle) this.scheduleUnload(room);
      throw error;
    }
    let settled = false;
    return {
      room,
      role,
      enter: (connectionId, sink) => {
        settled = true;
        return room.join(seat, { id: connectionId, name: request.name }, sink);
      },
      cancel: () => {
        if (settled) return;
        settled = true;
        room.release(seat);
      },
    };
  }

  /**
   * Who a capability token makes its bearer in a room (for the HTTP API, where there is no
   * socket to admit); throws {@link DryRunError} on refusal.
   */
  async roleFor(roomId: string, token: string): Promise<{ room: RoomRecord; role: Role }> {
    const room = await this.deps.store.getRoom(roomId);
    if (!room) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such room. Check the link.');
    return this.roleIn(room, token);
  }

  private roleIn(room: RoomRecord, token: string): { room: RoomRecord; role: Role } {
    const role = roleForToken(token, room.tokenHashes);
    if (!role) throw new DryRunError('BAD_TOKEN', 'This link does not open the room. Ask for a new one.');
    return { room, role };
  }

  /** The room's timeline: the live one when the room is loaded, otherwise the stored one. */
  async timeline(roomId: string): Promise<readonly TimelineEvent[]> {
    const live = await this.loaded(roomId);
    return live ? live.timeline : this.deps.store.listEvents(roomId);
  }

  /**
   * The room's shared doc, to read: the live one when the room is loaded, otherwise one
   * rebuilt from the store (and what is still waiting to be written).
   */
  async readShared(roomId: string): Promise<Y.Doc> {
    const live = await this.loaded(roomId);
    if (live) return live.docs.shared;
    const doc = new Y.Doc();
    const {
      base,
      updates: stored,
      pending,
    } = await this.deps.updates.between(async () => ({
      ...(await this.deps.store.loadDoc(roomId, 'shared')),
      pending: this.deps.updates.pendingFor(roomId),
    }));
    const updates = [...stored, ...pending].filter((u) => u.doc === 'shared').map((u) => u.update);
    if (base) updates.unshift(base.state);
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
    return doc;
  }

  /** The room if it is loaded (someone is in it, or it has not been unloaded yet). */
  async loaded(roomId: string): Promise<LiveRoom | undefined> {
    return this.live.get(roomId)?.catch(() => undefined);
  }

  private open(roomId: string): Promise<LiveRoom> {
    let room = this.live.get(roomId);
    if (!room) {
      room = this.load(roomId);
      this.live.set(roomId, room);
      room.catch(() => this.live.delete(roomId));
    }
    return room;
  }

  private async load(roomId: string): Promise<LiveRoom> {
    const { store, updates, log } = this.deps;
    const record = await store.getRoom(roomId);
    if (!record) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such room. Check the link.');
    const [{ stored, pending }, timeline, runs, padTests, clientIds, problem] = await Promise.all([
      // Between two writes of the log: no update read twice, none missed.
      updates.between(async () => ({
        stored: await Promise.all(DOC_NAMES.map((doc) => store.loadDoc(roomId, doc))),
        pending: updates.pendingFor(roomId),
      })),
      store.listEvents(roomId),
      store.listRuns(roomId, LIMITS.runHistoryLength),
      store.listPadTests(roomId),
      store.listClientIds(roomId),
      this.deps.problemView(record.problemSlug),
    ]);
    const room = new LiveRoom(
      {
        record,
        bases: basesOf(stored),
        updates: [...stored.flatMap((doc) => doc.updates), ...pending],
        timeline,
        runs: runs.map(runRecordOf),
        problem,
        padTests,
        clientIds,
      },
      {
        onUpdate: (update) => {
          updates.append(update);
          this.deps.compaction.counted(roomId);
        },
        onIdle: (r) => this.scheduleUnload(r),
        onError: (error) => log.error({ err: error, roomId }, 'room fault'),
        claimClientIds: (ids, link) => store.claimClientIds(roomId, ids, link),
        storeUpdates: () => (updates.pendingFor(roomId).length > 0 ? updates.flush() : Promise.resolve()),
        now: this.deps.now,
      },
      capacityOf(this.options.maxConnectionsPerRoom),
    );
    await this.deps.prepare(room);
    log.debug({ roomId, events: timeline.length }, 'room loaded');
    return room;
  }

  private scheduleUnload(room: LiveRoom): void {
    this.cancelUnload(room.id);
    const timer = setTimeout(() => void this.unload(room), this.options.idleUnloadMs);
    timer.unref();
    this.unloadTimers.set(room.id, timer);
  }

  private cancelUnload(roomId: string): void {
    clearTimeout(this.unloadTimers.get(roomId));
    this.unloadTimers.delete(roomId);
  }

  private async unload(room: LiveRoom): Promise<void> {
    this.unloadTimers.delete(room.id);
    await this.deps.updates.flush();
    if (!room.isIdle || this.deps.updates.pendingFor(room.id).length > 0) return;
    this.live.delete(room.id);
    room.destroy();
    this.deps.log.debug({ roomId: room.id }, 'room unloaded');
    // Its next load starts from one state, not from every keystroke.
    await this.deps.compaction.unloaded(room.id);
  }

  /**
   * Runs `work` on a room loaded for the server's own purposes (an assessment's deadline,
   * with nobody in it), and keeps it loaded until the work is done.
   */
  async use<T>(roomId: string, work: (room: LiveRoom) => Promise<T>): Promise<T> {
    const room = await this.open(roomId);
    this.cancelUnload(roomId);
    const release = room.hold();
    try {
      return await work(room);
    } finally {
      release();
    }
  }

  /** Unloads every room after writing out what is pending. */
  async close(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await this.deps.updates.flush();
    for (const room of this.live.values()) {
      await room.then((r) => r.destroy()).catch(() => {});
    }
    this.live.clear();
  }
}

/** Each doc's compacted state, by name (`stored` is in `DOC_NAMES` order). */
function basesOf(
  stored: ReadonlyArray<{ base: DocBase | null }>,
): Partial<Record<(typeof DOC_NAMES)[number], DocBase>> {
  const bases: Partial<Record<(typeof DOC_NAMES)[number], DocBase>> = {};
  DOC_NAMES.forEach((name, index) => {
    const base = stored[index]?.base;
    if (base) bases[name] = base;
  });
  return bases;
}

/** An assessment's review link opens the attempt once it has ended; until then it says so. */
function refuseReviewBeforeEnd(room: LiveRoom, role: Role): void {
  const state = room.assessmentState;
  if (state === null || role === 'candidate' || state.phase === 'ended') return;
  throw new DryRunError(
    'NOT_READY',
    state.phase === 'ready'
      ? 'This attempt has not started yet; its review opens when it ends.'
      : 'This attempt is in progress; its review opens when it ends.',
  );
}
