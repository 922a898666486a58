import { useCallback, useState } from 'react';
import type { RoomConnection } from './RoomConnection.ts';

export interface ProblemChooser {
  /** Waiting for the server to answer a choice. */
  busy: boolean;
  /** Why the server (or the connection) refused the last choice. */
  refusal: string | null;
  /** Asks for a problem (null: a blank pad); resolves whether the server took it. */
  choose(slug: string | null): Promise<boolean>;
  /** Forgets the refusal, e.g. when the picker closes. */
  dismiss(): void;
}

/** An interviewer's problem choices, one at a time, with the server's refusal if any. */
export function useProblemChooser(connection: RoomConnection): ProblemChooser {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const choose = useCallback(
    async (slug: string | null) => {
      setBusy(true);
      setRefusal(null);
      const reply = await connection.setProblem(slug);
      setBusy(false);
      if (!reply.ok) setRefusal(reply.message);
      return reply.ok;
    },
    [connection],
  );
  const dismiss = useCallback(() => setRefusal(null), []);
  return { busy, refusal, choose, dismiss };
}
