import { LIMITS, type RunOutput, type RunRecord } from '@dryrun/shared';

/**
 * The room's runs as this browser knows them, oldest first: the history the server sends
 * on every join, then each `run:started` / `run:finished`, updating a run in place by id.
 *
 * The server reads the history from its store while it already relays live events to us,
 * so an event may arrive before the history it belongs after, and a history may be read
 * just before a run it lists finished. {@link RunLog.replace} therefore keeps what this
 * connection has heard live since it joined, and a finished run is never taken back to
 * `running`. Everything else in the history replaces what we had.
 */
export class RunLog {
  private runs: readonly RunRecord[] = [];
  /** Runs heard live since the last join, by id. */
  private live = new Map<string, RunRecord>();
  private readonly listeners = new Set<() => void>();

  getRuns = (): readonly RunRecord[] => this.runs;

  /** Console lines of running programs, by run id, as they stream in; gone once a run finishes. */
  private output: ReadonlyMap<string, readonly string[]> = new Map();
  getOutput = (): ReadonlyMap<string, readonly string[]> => this.output;

  /** A `run:output` event. */
  appendOutput({ runId, lines }: RunOutput): void {
    const known = this.runs.find((r) => r.id === runId);
    if (known && known.status !== 'running') return;
    const next = new Map(this.output);
    next.set(runId, [...(next.get(runId) ?? []), ...lines]);
    this.output = next;
    this.notify();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A new connection to the room: its history will replace the list. */
  joined(): void {
    this.live = new Map();
  }

  /** The history sent on join, oldest first. */
  replace(history: readonly RunRecord[]): void {
    const byId = new Map(history.map((run) => [run.id, run]));
    for (const run of this.live.values()) {
      const listed = byId.get(run.id);
      byId.set(run.id, listed ? fresher(listed, run) : run);
    }
    this.set(sortByCreation([...byId.values()]));
  }

  /** A `run:started` or `run:finished` event. */
  upsert(run: RunRecord): void {
    const known = this.live.get(run.id);
    this.live.set(run.id, known ? fresher(known, run) : run);
    const index = this.runs.findIndex((r) => r.id === run.id);
    if (index === -1) {
      this.set(sortByCreation([...this.runs, run]).slice(-LIMITS.runHistoryLength));
    } else {
      const next = [...this.runs];
      next[index] = fresher(this.runs[index] as RunRecord, run);
      this.set(next);
    }
  }

  private set(runs: readonly RunRecord[]): void {
    this.runs = runs;
    // A finished run carries all its output: drop what streamed in for it.
    const running = new Set(runs.filter((r) => r.status === 'running').map((r) => r.id));
    if ([...this.output.keys()].some((id) => !running.has(id))) {
      this.output = new Map([...this.output].filter(([id]) => running.has(id)));
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The later of two views of one run: a finished run does not go back to running. */
function fresher(a: RunRecord, b: RunRecord): RunRecord {
  return a.status !== 'running' && b.status === 'running' ? a : b;
}

function sortByCreation(runs: RunRecord[]): RunRecord[] {
  // Stable: runs created in the same millisecond keep the order they were heard in.
  return runs.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}
