import type { RunRecord } from '@dryrun/shared';
import { useEffect, useRef, useState } from 'react';
import { describeRun, isProgramRun, runVerdictLook } from './format.ts';

/**
 * Tells screen readers when the room's latest run starts and how it ended. Runs already
 * finished when they arrive (the history on joining) are not announced.
 */
export function RunAnnouncer({ latest }: { latest: RunRecord | null }) {
  const [message, setMessage] = useState('');
  const previous = useRef<{ id: string; status: RunRecord['status'] } | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = latest && { id: latest.id, status: latest.status };
    if (!latest) return;
    if (latest.status === 'running') {
      if (before?.id !== latest.id) setMessage(`${describeRun(latest)}. Running…`);
    } else if (before?.id === latest.id && before.status === 'running') {
      setMessage(announcement(latest));
    }
  }, [latest]);

  return (
    <p className="visually-hidden" role="status" data-testid="run-announcement">
      {message}
    </p>
  );
}

function announcement(run: RunRecord): string {
  if (run.status === 'failed' || !run.report)
    return `Could not run: ${run.error?.message ?? 'no answer from the judge'}`;
  const { label } = runVerdictLook(run, run.report.verdict);
  const { passed, total, compileError } = run.report;
  return compileError || isProgramRun(run) ? label : `${label}. ${passed} of ${total} tests passed.`;
}
