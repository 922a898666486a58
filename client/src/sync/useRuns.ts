import type { RunMode, RunRecord, RunRequest } from '@dryrun/shared';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { RoomConnection } from './RoomConnection.ts';
import type { Welcome } from './roomMemory.ts';

/** How long a refused request's message stays on screen. */
const REFUSAL_VISIBLE_MS = 8000;

/** What running programs have printed so far, by run id. */
export function useRunOutput(connection: RoomConnection): ReadonlyMap<string, readonly string[]> {
  return useSyncExternalStore(connection.runs.subscribe, connection.runs.getOutput);
}

/** The room's runs, oldest first, re-rendering as they start and finish. */
export function useRuns(connection: RoomConnection): readonly RunRecord[] {
  return useSyncExternalStore(connection.runs.subscribe, connection.runs.getRuns);
}

export interface RunRequester {
  /** The mode of this person's request while it waits for an answer or its run is judged. */
  busy: RunMode | null;
  /** Why the server (or the connection) refused the last request; clears itself after a while. */
  refusal: string | null;
  request(request: RunRequest): void;
}

interface Pending {
  mode: RunMode;
  /** Known once the server acknowledged the request. */
  runId: string | null;
  /** The join it was made in: a new join forgets it (a run cut off by a server restart never finishes). */
  welcome: Welcome | null;
}

/** This person's run requests: one at a time, busy until its run is judged. */
export function useRunRequester(
  connection: RoomConnection,
  runs: readonly RunRecord[],
  welcome: Welcome | null,
): RunRequester {
  const [pending, setPending] = useState<Pending | null>(null);
  const [refusal, setRefusal] = useState<{ message: string } | null>(null);

  const current = pending && pending.welcome === welcome ? pending : null;
  const status = current?.runId ? runs.find((r) => r.id === current.runId)?.status : undefined;
  const busy: RunMode | null = current && status !== 'done' && status !== 'failed' ? current.mode : null;

  const request = useCallback(
    (req: RunRequest) => {
      if (busy) return;
      setRefusal(null);
      setPending({ mode: req.mode, runId: null, welcome });
      void connection.requestRun(req).then((reply) => {
        if (reply.ok) {
          setPending((p) => (p && p.runId === null ? { ...p, runId: reply.runId } : p));
        } else {
          setPending(null);
          setRefusal({ message: reply.message });
        }
      });
    },
    [connection, busy, welcome],
  );

  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(() => setRefusal(null), REFUSAL_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [refusal]);

  return { busy, refusal: refusal?.message ?? null, request };
}
