import type { IntegritySignal } from '@dryrun/shared';
import { useEffect, useRef, useState } from 'react';
import type { EditorGuard } from '../room/EditorPane.tsx';
import type { RoomConnection } from '../sync/RoomConnection.ts';

/** What the candidate is told strict mode just stopped, for a few seconds. */
export interface BlockedNote {
  text: string;
  at: number;
}

/**
 * What an attempt's page records while it runs: leaving the page (another tab, another
 * window) and coming back, with how long; pastes into the editor, with their size; and in
 * strict mode, pastes and drops it stopped. Each goes to the server as an integrity signal,
 * which puts it on the timeline where the candidate sees it. Returns the editor's guard and
 * the last thing strict mode blocked.
 */
export function useIntegrity(
  connection: RoomConnection,
  { running, strict, problem }: { running: boolean; strict: boolean; problem: string | null },
): { guard: EditorGuard | undefined; blocked: BlockedNote | null } {
  const [blocked, setBlocked] = useState<BlockedNote | null>(null);
  const record = (signal: IntegritySignal) => void connection.recordIntegrity(signal);

  const away = useRef<number | null>(null);
  useEffect(() => {
    if (!running) return;
    const check = () => {
      const here = document.visibilityState === 'visible' && document.hasFocus();
      if (!here && away.current === null) {
        away.current = Date.now();
        void connection.recordIntegrity({ kind: 'left' });
      } else if (here && away.current !== null) {
        const awayMs = Date.now() - away.current;
        away.current = null;
        void connection.recordIntegrity({ kind: 'returned', awayMs });
      }
    };
    document.addEventListener('visibilitychange', check);
    window.addEventListener('blur', check);
    window.addEventListener('focus', check);
    return () => {
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('blur', check);
      window.removeEventListener('focus', check);
    };
  }, [connection, running]);

  if (!running || problem === null) return { guard: undefined, blocked };
  const block = (text: string) => setBlocked({ text, at: Date.now() });
  const blockPaste = (chars: number) => {
    record({ kind: 'pasteBlocked', problemSlug: problem, chars });
    block('Pasting is off in strict mode: type your code.');
  };
  const guard: EditorGuard = {
    // Stopped before it reaches the editor; recorded below once it is in, whichever way it came.
    paste(chars) {
      if (!strict) return 'allow';
      blockPaste(chars);
      return 'block';
    },
    pasted(chars) {
      if (strict) {
        blockPaste(chars);
        return 'undo';
      }
      if (chars > 0) record({ kind: 'paste', problemSlug: problem, chars });
      return 'keep';
    },
    drop(chars) {
      if (strict) {
        record({ kind: 'dropBlocked', problemSlug: problem });
        block('Dropping text is off in strict mode: type your code.');
        return 'block';
      }
      if (chars > 0) record({ kind: 'paste', problemSlug: problem, chars });
      return 'allow';
    },
  };
  return { guard, blocked };
}
