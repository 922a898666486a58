import type { PadTestsView, RoomProblem, RoomSnapshot, TimelineEvent } from '@dryrun/shared';
import { browserStorage } from '../browserStorage.ts';

/** Who this browser is in a room: the part of the join snapshot about the link itself. */
export type Welcome = Pick<
  RoomSnapshot,
  'protocolVersion' | 'roomId' | 'title' | 'role' | 'self' | 'assessment' | 'session'
>;

/** How many Yjs client ids of earlier page loads a link remembers (see `priorClientIds`). */
const CLIENT_IDS_KEPT = 16;

/**
 * What this browser remembers about a room link between visits, so that a reload while
 * the server is unreachable still opens the right code and statement and shows the notes:
 * who we were, the room's problem, timeline and pad tests as last heard, and the Yjs client ids our
 * earlier page loads wrote with (their offline edits, kept in IndexedDB, may still have to
 * reach the server). Only what the server already sent us; nothing private to others.
 */
export interface RoomMemory {
  welcome(): Welcome | null;
  problem(): RoomProblem | null;
  timeline(): TimelineEvent[];
  /** A blank pad's own tests as this link last saw them (hidden ones as the role may see them). */
  padTests(): PadTestsView | null;
  /** Client ids of earlier page loads, newest first. */
  clientIds(): number[];
  rememberWelcome(welcome: Welcome): void;
  /** The room's problem as last heard (the problem's slug is the room's code key). */
  rememberProblem(problem: RoomProblem | null): void;
  rememberTimeline(timeline: readonly TimelineEvent[]): void;
  rememberPadTests(padTests: PadTestsView | null): void;
  rememberClientId(id: number): void;
  /** The server refused this link: what we knew about it no longer holds. */
  forget(): void;
}

/** A memory that keeps nothing (tests, or `persistLocally: false`). */
export const NO_MEMORY: RoomMemory = {
  welcome: () => null,
  problem: () => null,
  timeline: () => [],
  padTests: () => null,
  clientIds: () => [],
  rememberWelcome: () => {},
  rememberProblem: () => {},
  rememberTimeline: () => {},
  rememberPadTests: () => {},
  rememberClientId: () => {},
  forget: () => {},
};

/** A room link's memory in localStorage. */
export function localRoomMemory(roomId: string, token: string): RoomMemory {
  const welcomeKey = `dryrun:welcome:${roomId}:${token}`;
  const clientIdsKey = `dryrun:clients:${roomId}:${token}`;
  // What a pad's tests show depends on the role: the link's, not the room's.
  const padTestsKey = `dryrun:padTests:${roomId}:${token}`;
  // The problem and the timeline are the room's, not the link's: every role's link shares them.
  const problemKey = `dryrun:problem:${roomId}`;
  const timelineKey = `dryrun:timeline:${roomId}`;
  return {
    welcome: () => browserStorage.getJson<Welcome>(welcomeKey),
    problem: () => browserStorage.getJson<RoomProblem>(problemKey),
    timeline: () => browserStorage.getJson<TimelineEvent[]>(timelineKey) ?? [],
    padTests: () => browserStorage.getJson<PadTestsView>(padTestsKey),
    clientIds: () => browserStorage.getJson<number[]>(clientIdsKey) ?? [],
    rememberWelcome: (welcome) => browserStorage.setJson(welcomeKey, welcome),
    rememberProblem: (problem) => browserStorage.setJson(problemKey, problem),
    rememberTimeline: (timeline) => browserStorage.setJson(timelineKey, timeline),
    rememberPadTests: (padTests) => browserStorage.setJson(padTestsKey, padTests),
    rememberClientId: (id) => {
      const earlier = (browserStorage.getJson<number[]>(clientIdsKey) ?? []).filter((known) => known !== id);
      browserStorage.setJson(clientIdsKey, [id, ...earlier].slice(0, CLIENT_IDS_KEPT));
    },
    forget: () => {
      browserStorage.removeItem(welcomeKey);
      browserStorage.removeItem(problemKey);
      browserStorage.removeItem(timelineKey);
      browserStorage.removeItem(padTestsKey);
    },
  };
}
