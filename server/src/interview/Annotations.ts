import { randomBytes } from 'node:crypto';
import {
  type Author,
  type ClaimRequest,
  type ComplexityClaim,
  canEditShared,
  claimLog,
  DryRunError,
  LIMITS,
  type NoteRequest,
  type PinnedLine,
  parseComplexity,
  SCRATCH_PROBLEM,
  type ThinkAloudNote,
  thinkAloudLog,
} from '@dryrun/shared';
import { TokenBucket } from '../realtime/TokenBucket.ts';
import type { LiveRoom } from '../rooms/LiveRoom.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { Store } from '../store/Store.ts';

/** A participant writing a note or a claim. */
export interface Annotator extends Author {
  roomId: string;
}

/**
 * The think-aloud log and the complexity claims: the server appends them to the room's
 * shared doc from validated requests, stamped with its own clock and the author the server
 * admitted, so everyone sees them live (and offline, from the doc) while no one can rewrite
 * a note after it was cited as evidence. The payloads were checked against the schemas
 * before they reach here; this checks what depends on the room.
 */
export class Annotations {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly deps: { store: Store; rooms: RoomService }) {}

  async addNote(who: Annotator, request: NoteRequest): Promise<ThinkAloudNote> {
    const { room, problemSlug } = await this.prepare(who);
    const note: ThinkAloudNote = {
      id: newId(),
      at: new Date().toISOString(),
      by: { name: who.name, role: who.role },
      problemSlug,
      tag: request.tag ?? null,
      text: request.text,
      pinned: pin(room, problemSlug, request.line),
    };
    room.appendServerEntry(thinkAloudLog, note);
    return note;
  }

  async addClaim(who: Annotator, request: ClaimRequest): Promise<ComplexityClaim> {
    const { room, problemSlug } = await this.prepare(who);
    if (problemSlug === SCRATCH_PROBLEM) {
      throw new DryRunError('MALFORMED', 'Claims are made about a problem; this room has none yet.');
    }
    const time = parseComplexity(request.time);
    const space = parseComplexity(request.space);
    // The schema has checked both already; this keeps the canonical form in one place.
    if (!time.ok || !space.ok) throw new DryRunError('MALFORMED', 'The complexity could not be read.');
    const claim: ComplexityClaim = {
      id: newId(),
      at: new Date().toISOString(),
      by: { name: who.name, role: who.role },
      problemSlug,
      time: time.text,
      space: space.text,
      timeClass: time.class,
      reason: request.reason,
      pinned: pin(room, problemSlug, request.line),
    };
    room.appendServerEntry(claimLog, claim);
    return claim;
  }

  /** Role, room, rate and size checks shared by notes and claims. */
  private async prepare(who: Annotator): Promise<{ room: LiveRoom; problemSlug: string }> {
    if (!canEditShared(who.role))
      throw new DryRunError('FORBIDDEN', 'Observers watch; they cannot add notes or claims.');
    const [record, room] = await Promise.all([this.deps.store.getRoom(who.roomId), this.deps.rooms.loaded(who.roomId)]);
    if (!record || !room) throw new DryRunError('ROOM_NOT_FOUND', 'The room is not open.');
    const held = thinkAloudLog(room.docs.shared).length + claimLog(room.docs.shared).length;
    if (held >= LIMITS.maxAnnotationsPerRoom) {
      throw new DryRunError(
        'PAYLOAD_TOO_LARGE',
        `A room holds at most ${LIMITS.maxAnnotationsPerRoom} notes and claims.`,
      );
    }
    let bucket = this.buckets.get(who.roomId);
    if (!bucket) {
      bucket = new TokenBucket(LIMITS.annotationBurst, LIMITS.annotationsPerMinute / 60);
      this.buckets.set(who.roomId, bucket);
    }
    if (!bucket.take()) throw new DryRunError('RATE_LIMITED', 'Notes are coming too fast; wait a few seconds.');
    return { room, problemSlug: record.problemSlug ?? SCRATCH_PROBLEM };
  }
}

/** The line of the room's current code a note points at, with its text now. */
function pin(room: LiveRoom, problemSlug: string, line: number | null | undefined): PinnedLine | null {
  if (line === null || line === undefined) return null;
  const lines = room.currentCode(problemSlug).code.split('\n');
  if (line > lines.length) {
    throw new DryRunError(
      'MALFORMED',
      `Line ${line} is past the end of the code (${lines.length} line${lines.length === 1 ? '' : 's'}).`,
    );
  }
  return { line, text: (lines[line - 1] ?? '').slice(0, 200) };
}

function newId(): string {
  return randomBytes(9).toString('base64url');
}
