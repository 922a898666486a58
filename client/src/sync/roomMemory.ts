import type { RoomProblem, Welcome } from '@dryrun/shared';

/**
 * What this browser remembers about a room link between visits, so that a reload while
 * the server is unreachable still opens the right code and statement: who we were
 * (the last welcome, with the problem kept up to date) and the room's problem as last
 * shown. Only what the server already sent us; nothing private to others.
 */
export interface RoomMemory {
  welcome(): Welcome | null;
  problem(): RoomProblem | null;
  rememberWelcome(welcome: Welcome): void;
  /** The room's problem changed: remember it, and that the room's code is now under its slug. */
  rememberProblem(problem: RoomProblem | null): void;
  /** The server refused this link: what we knew about it no longer holds. */
  forget(): void;
}

/** A memory that keeps nothing (tests, or `persistLocally: false`). */
export const NO_MEMORY: RoomMemory = {
  welcome: () => null,
  problem: () => null,
  rememberWelcome: () => {},
  rememberProblem: () => {},
  forget: () => {},
};

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: we only lose offline use before the server answers.
  }
}

function remove(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {}
}

/** A room link's memory in localStorage. */
export function localRoomMemory(roomId: string, token: string): RoomMemory {
  const welcomeKey = `dryrun:welcome:${roomId}:${token}`;
  // The problem is the room's, not the link's: every role's link shares it.
  const problemKey = `dryrun:problem:${roomId}`;
  return {
    welcome: () => read<Welcome>(welcomeKey),
    problem: () => read<RoomProblem>(problemKey),
    rememberWelcome: (welcome) => write(welcomeKey, welcome),
    rememberProblem: (problem) => {
      write(problemKey, problem);
      const welcome = read<Welcome>(welcomeKey);
      if (welcome) write(welcomeKey, { ...welcome, problemSlug: problem?.slug ?? null });
    },
    forget: () => {
      remove(welcomeKey);
      remove(problemKey);
    },
  };
}
