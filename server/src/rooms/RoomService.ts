import {
  type CreateRoomRequest,
  type CreateRoomResponse,
  DryRunError,
  type JoinRequest,
  PROTOCOL_VERSION,
  ROLES,
  type Role,
  roomPath,
  TOKEN_PARAM,
} from '@dryrun/shared';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { RoomRecord, Store } from '../store/Store.ts';
import { LiveRoom, type PeerSink, type RoomSession } from './LiveRoom.ts';
import { hashToken, newRoomId, newToken, roleForToken } from './tokens.ts';
import type { UpdateLog } from './UpdateLog.ts';

export interface RoomServiceOptions {
  /** How long an empty room stays in memory before it is written out and unloaded. */
  idleUnloadMs: number;
}

/** A join the server has accepted; {@link Admission.enter} puts the person in the room. */
export interface Admission {
  readonly roomId: string;
  readonly role: Role;
  enter(connectionId: string, sink: PeerSink): RoomSession;
  readonly title: string;
  readonly problemSlug: string | null;
}

/**
 * Creates rooms, checks capability tokens and keeps the rooms people are in loaded.
 * Knows nothing of HTTP or socket.io.
 */
export class RoomService {
  private readonly live = new Map<string, Promise<LiveRoom>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: Store,
    private readonly updates: UpdateLog,
    private readonly log: Logger,
    private readonly options: RoomServiceOptions,
  ) {}

  async create(request: CreateRoomRequest, baseUrl: string): Promise<CreateRoomResponse> {
    const id = newRoomId();
    const tokens = { interviewer: newToken(), candidate: newToken(), observer: newToken() };
    await this.store.createRoom({
      id,
      title: request.title || 'Mock interview',
      problemSlug: request.problemSlug ?? null,
      tokenHashes: {
        interviewer: hashToken(tokens.interviewer),
        candidate: hashToken(tokens.candidate),
        observer: hashToken(tokens.observer),
      },
      createdAt: new Date(),
    });
    const link = (role: Role) => {
      const url = new URL(roomPath(id), baseUrl);
      url.searchParams.set(TOKEN_PARAM, tokens[role]);
      return url.toString();
    };
    this.log.info({ roomId: id }, 'room created');
    return { id, links: Object.fromEntries(ROLES.map((r) => [r, link(r)])) as Record<Role, string> };
  }

  /** Checks a join request and loads the room; throws {@link DryRunError} on refusal. */
  async admit(request: JoinRequest): Promise<Admission> {
    if (request.protocolVersion < PROTOCOL_VERSION) {
      throw new DryRunError('CLIENT_TOO_OLD', 'This page is out of date. Reload it to join.');
    }
    if (request.protocolVersion > PROTOCOL_VERSION) {
      throw new DryRunError('SERVER_TOO_OLD', 'The server is older than this page; ask its host to update it.');
    }
    const record = await this.store.getRoom(request.roomId);
    if (!record) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such room. Check the link.');
    const role = roleForToken(request.token, record.tokenHashes);
    if (!role) throw new DryRunError('BAD_TOKEN', 'This link does not open the room. Ask for a new one.');
    const room = await this.open(record.id);
    room.reservations++;
    this.cancelUnload(room.id);
    return {
      roomId: room.id,
      role,
      title: record.title,
      problemSlug: record.problemSlug,
      enter: (connectionId, sink) => {
        room.reservations--;
        return room.join({ id: connectionId, name: request.name, role, clientId: request.clientId }, sink);
      },
    };
  }

  /**
   * Who a capability token makes its bearer in a room (for the HTTP API, where there is no
   * socket to admit); throws {@link DryRunError} on refusal.
   */
  async roleFor(roomId: string, token: string): Promise<{ room: RoomRecord; role: Role }> {
    const room = await this.store.getRoom(roomId);
    if (!room) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such room. Check the link.');
    const role = roleForToken(token, room.tokenHashes);
    if (!role) throw new DryRunError('BAD_TOKEN', 'This link does not open the room. Ask for a new one.');
    return { room, role };
  }

  /**
   * The room's shared doc, to read: the live one when the room is loaded, otherwise one
   * rebuilt from the store (and what is still waiting to be written).
   */
  async readShared(roomId: string): Promise<Y.Doc> {
    const live = await this.loaded(roomId);
    if (live) return live.docs.shared;
    const doc = new Y.Doc();
    const updates = [...(await this.store.loadUpdates(roomId, 'shared')), ...this.updates.pendingFor(roomId)]
      .filter((u) => u.doc === 'shared')
      .map((u) => u.update);
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
    const room = new LiveRoom(roomId, {
      onUpdate: (update) => this.updates.append(update),
      onEmpty: (r) => this.scheduleUnload(r),
      onError: (error) => this.log.error({ err: error, roomId }, 'room hook failed'),
    });
    const [shared, priv] = await Promise.all([
      this.store.loadUpdates(roomId, 'shared'),
      this.store.loadUpdates(roomId, 'private'),
    ]);
    room.restore([...shared, ...priv, ...this.updates.pendingFor(roomId)]);
    this.log.debug({ roomId, updates: shared.length + priv.length }, 'room loaded');
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
    await this.updates.flush();
    if (!room.isIdle || this.updates.pendingFor(room.id).length > 0) return;
    this.live.delete(room.id);
    room.destroy();
    this.log.debug({ roomId: room.id }, 'room unloaded');
  }

  /** Unloads every room after writing out what is pending. */
  async close(): Promise<void> {
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await this.updates.flush();
    for (const room of this.live.values()) {
      await room.then((r) => r.destroy()).catch(() => {});
    }
    this.live.clear();
  }
}
