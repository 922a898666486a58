import { LIMITS, type RunOutput, type RunRecord } from '@dryrun/shared';

/**
 * The room's runs as this browser knows them, oldest first: the latest runs in the join
 * snapshot, then each `run:started` / `run:finished`, updating a run in place by id. The
 * snapshot and the events after it come in order, so each simply follows the last.
 */
export class RunLog {
  private runs: readonly RunRecord[] = [];
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

  /** The runs of a join snapshot, oldest first. */
  replace(runs: readonly RunRecord[]): void {
    this.set([...runs]);
  }

  /** A `run:started` or `run:finished` event. */
  upsert(run: RunRecord): void {
    const index = this.runs.findIndex((r) => r.id === run.id);
    this.set(index === -1 ? [...this.runs, run].slice(-LIMITS.runHistoryLength) : this.runs.with(index, run));
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
