import type { RunRecord } from '@dryrun/shared';
import { useEffect, useRef, useState } from 'react';
import { complexityOutcome, describeRun, isProgramRun, runVerdictLook } from './format.ts';

/**
 * Tells screen readers when the room's latest run starts and how it ended. Runs already
 * finished when they arrive (the history on joining) are not announced. The complexity
 * check the server runs after an accepted submission (`follows`: that submission) does not
 * interrupt the submission's verdict when it starts; its measure is announced when it ends.
 */
export function RunAnnouncer({ latest, follows }: { latest: RunRecord | null; follows: RunRecord | null }) {
  const [message, setMessage] = useState('');
  const previous = useRef<{ id: string; status: RunRecord['status'] } | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = latest && { id: latest.id, status: latest.status };
    if (!latest) return;
    const wasRunning = (run: RunRecord) => before?.id === run.id && before.status === 'running';
    if (follows) {
      // The submission may have finished in the same update its check started in.
      if (latest.status !== 'running' && (wasRunning(latest) || wasRunning(follows)))
        setMessage(`Accepted submission. ${complexityAnnouncement(latest)}`);
      else if (latest.status === 'running' && wasRunning(follows)) setMessage(announcement(follows));
      return;
    }
    if (latest.status === 'running') {
      if (before?.id !== latest.id) setMessage(`${describeRun(latest)}. ${runningWords(latest)}`);
    } else if (wasRunning(latest)) {
      setMessage(latest.mode === 'complexity' ? complexityAnnouncement(latest) : announcement(latest));
    }
  }, [latest, follows]);

  return (
    <p className="visually-hidden" role="status" data-testid="run-announcement">
      {message}
    </p>
  );
}

function runningWords(run: RunRecord): string {
  return run.mode === 'complexity' ? 'Measuring how the code grows…' : 'Running…';
}

function announcement(run: RunRecord): string {
  if (run.status === 'failed' || !run.report)
    return `Could not run: ${run.error?.message ?? 'no answer from the judge'}`;
  const { label } = runVerdictLook(run, run.report.verdict);
  const { passed, total, compileError } = run.report;
  return compileError || isProgramRun(run) ? label : `${label}. ${passed} of ${total} tests passed.`;
}

/** "Measured O(n²).", "Not measured: Wrong answer at n = 64." */
function complexityAnnouncement(run: RunRecord): string {
  if (run.status === 'failed' || !run.complexity)
    return `Could not measure the complexity: ${run.error?.message ?? 'no answer from the judge'}`;
  return `${complexityOutcome(run.complexity)}.`;
}
