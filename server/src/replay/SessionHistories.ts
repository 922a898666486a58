import {
  assessmentStateOf,
  DryRunError,
  editsToBase64,
  HISTORY_FORMAT,
  problemsOfTimeline,
  type Role,
  type SessionHistory,
  type TimelineEvent,
} from '@dryrun/shared';
import type { ProblemCatalog } from '../problems/ProblemCatalog.ts';
import type { RoomService } from '../rooms/RoomService.ts';
import type { SessionFeedback } from '../interview/SessionFeedback.ts';
import type { UpdateLog } from '../rooms/UpdateLog.ts';
import { runRecordOf } from '../runs/runRecord.ts';
import type { Store } from '../store/Store.ts';

/** The most runs a history lists (a session has far fewer; a script could make more). */
const MAX_RUNS = 5000;

export interface SessionHistoriesDeps {
  rooms: RoomService;
  store: Store;
  updates: UpdateLog;
  catalog: ProblemCatalog;
  sessions: SessionFeedback;
  now(): Date;
}

/**
 * A session's history for its replay and its export: the timeline and every edit of the
 * shared doc. For the room's interviewer at any time, and for its candidate once the
 * feedback is released; an assessment's, for its candidate and its reviewer once it has ended.
 */
export class SessionHistories {
  constructor(private readonly deps: SessionHistoriesDeps) {}

  /** Who the token makes its bearer, if they may read the history; throws {@link DryRunError} if not. */
  async authorize(roomId: string, token: string): Promise<Role> {
    const { room, role } = await this.deps.rooms.roleFor(roomId, token);
    if (role === 'observer') {
      throw new DryRunError(
        'FORBIDDEN',
        'The replay is for the interviewer, and for the candidate once feedback is out.',
      );
    }
    const timeline = await this.deps.rooms.timeline(roomId);
    if (room.assessment) {
      if (assessmentStateOf(timeline).phase !== 'ended') {
        throw new DryRunError('NOT_READY', 'The replay of an attempt opens when the attempt ends.');
      }
    } else if (role === 'candidate' && !(await this.deps.sessions.releasedToCandidate(room))) {
      throw new DryRunError('NOT_READY', 'The replay opens to the candidate once the feedback is released.');
    }
    return role;
  }

  async build(roomId: string): Promise<SessionHistory> {
    const { rooms, store, updates } = this.deps;
    const room = await store.getRoom(roomId);
    if (!room) throw new DryRunError('ROOM_NOT_FOUND', 'There is no such room. Check the link.');
    // The timeline first: every event in it then has its edits among those read after.
    // Copied now: the live room's timeline grows while the rest is read.
    const timeline = [...(await rooms.timeline(roomId))];
    const [stored, authors, runs] = await Promise.all([
      updates.readAll(roomId, () => store.loadUpdates(roomId, 'shared')),
      store.listClientIds(roomId),
      store.listRuns(roomId, MAX_RUNS),
    ]);
    const edits = stored.filter((u) => u.doc === 'shared').map((u) => ({ at: u.at.getTime(), update: u.update }));
    return {
      format: HISTORY_FORMAT,
      roomId,
      title: room.title,
      kind: room.assessment ? 'assessment' : 'pair',
      exportedAt: this.deps.now().toISOString(),
      timeline,
      edits: editsToBase64(edits),
      authors: [...authors].map(([clientId, role]) => ({ clientId, role })),
      runs: runs.map(runRecordOf),
      problemTitles: this.titlesOf(timeline),
    };
  }

  private titlesOf(timeline: readonly TimelineEvent[]): Record<string, string> {
    const titles: Record<string, string> = {};
    for (const slug of problemsOfTimeline(timeline)) {
      const title = this.deps.catalog.get(slug)?.title;
      if (title) titles[slug] = title;
    }
    return titles;
  }
}
