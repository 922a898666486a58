import { randomBytes } from 'node:crypto';
import {
  type ClaimRequest,
  type ComplexityClaim,
  canEditShared,
  claimsOf,
  DryRunError,
  LIMITS,
  type NoteRequest,
  type PinnedLine,
  parseComplexity,
  SCRATCH_PROBLEM,
  type ThinkAloudNote,
  type TimelineFact,
  notesOf,
} from '@dryrun/shared';
import { TokenBuckets } from '../limits/TokenBucket.ts';
import { actorOf, authorOf, type Caller } from '../rooms/Caller.ts';
import type { LiveRoom } from '../rooms/LiveRoom.ts';
import type { Store } from '../store/Store.ts';

/**
 * The think-aloud log and the complexity claims: the server puts them on the room's
 * timeline from validated requests, stamped with its own clock and the author it admitted,
 * so everyone sees them live while no one can rewrite a note after it was cited as
 * evidence. The payloads were checked against the schemas before they reach here; this
 * checks what depends on the room.
 */
export class Annotations {
  private readonly buckets = new TokenBuckets(LIMITS.annotationBurst, LIMITS.annotationsPerMinute / 60);

  constructor(private readonly deps: { store: Store }) {}

  async addNote(caller: Caller, request: NoteRequest): Promise<ThinkAloudNote> {
    const { room, problemSlug } = this.prepare(caller);
    const note: ThinkAloudNote = {
      id: newId(),
      at: new Date().toISOString(),
      by: authorOf(caller),
      problemSlug,
      tag: request.tag ?? null,
      text: request.text,
      pinned: pin(room, problemSlug, request.line),
    };
    await this.record(caller, { kind: 'note', note }, note.at);
    return note;
  }

  async addClaim(caller: Caller, request: ClaimRequest): Promise<ComplexityClaim> {
    const { room, problemSlug } = this.prepare(caller);
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
      by: authorOf(caller),
      problemSlug,
      time: time.text,
      space: space.text,
      timeClass: time.class,
      reason: request.reason,
      pinned: pin(room, problemSlug, request.line),
    };
    await this.record(caller, { kind: 'claim', claim }, claim.at);
    return claim;
  }

  private async record(caller: Caller, fact: TimelineFact, at: string): Promise<void> {
    const { room } = caller;
    await room.commit(
      (edits) => this.deps.store.appendEvent(room.id, { ...fact, at: new Date(at), by: actorOf(caller), edits }),
      undefined,
      { inOpenHalf: true },
    );
  }

  /** Role, room, rate and size checks shared by notes and claims. */
  private prepare({ room, role }: Caller): { room: LiveRoom; problemSlug: string } {
    if (!canEditShared(role)) throw new DryRunError('FORBIDDEN', 'Observers watch; they cannot add notes or claims.');
    room.assertOpen();
    const held = notesOf(room.timeline).length + claimsOf(room.timeline).length;
    if (held >= LIMITS.maxAnnotationsPerRoom) {
      throw new DryRunError(
        'PAYLOAD_TOO_LARGE',
        `A room holds at most ${LIMITS.maxAnnotationsPerRoom} notes and claims.`,
      );
    }
    if (!this.buckets.take(room.id))
      throw new DryRunError('RATE_LIMITED', 'Notes are coming too fast; wait a few seconds.');
    return { room, problemSlug: room.problemSlug ?? SCRATCH_PROBLEM };
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
