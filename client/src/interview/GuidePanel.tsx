import { type HintRecord, type InterviewerGuide, RUBRIC, RUBRIC_DIMENSIONS } from '@dryrun/shared';
import { useEffect, useState } from 'react';
import { SafeMarkdown } from '../problem/Markdown.tsx';
import type { RoomConnection } from '../sync/RoomConnection.ts';
import { FormError } from './FormError.tsx';
import { clockTime } from './time.ts';

type GuideState =
  | { status: 'loading' }
  | { status: 'ready'; guide: InterviewerGuide | null }
  | { status: 'failed'; message: string };

/**
 * The interviewer's side panel: the hint ladder (each revealed to the candidate with one
 * click, in order, and recorded with its time), follow-up questions, common mistakes, what
 * strong and weak look like per rubric dimension, and the reference solution. Asked from
 * the server for interviewers only; it is never in a candidate's browser.
 */
export function GuidePanel({
  connection,
  problemSlug,
  hints,
  connected,
  canReveal,
}: {
  connection: RoomConnection;
  problemSlug: string | null;
  hints: readonly HintRecord[];
  connected: boolean;
  /** Whether hints may be shown now (not once the half is over). */
  canReveal: boolean;
}) {
  const [state, setState] = useState<GuideState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refetch when the problem changes, and on retry
  useEffect(() => {
    if (!connected) return;
    let live = true;
    setState({ status: 'loading' });
    void connection.getGuide().then((reply) => {
      if (!live) return;
      setState(reply.ok ? { status: 'ready', guide: reply.guide } : { status: 'failed', message: reply.message });
    });
    return () => {
      live = false;
    };
  }, [connection, problemSlug, connected, attempt]);

  if (state.status === 'loading') return <p className="loading">Loading the guide…</p>;
  if (state.status === 'failed') {
    return (
      <div className="guide">
        <FormError message={state.message} />
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </div>
    );
  }
  const { guide } = state;
  if (!guide || guide.problemSlug !== problemSlug) {
    return <p className="hint">Choose a problem from the set to see its guide: hints, follow-ups and rubric notes.</p>;
  }
  const revealed = hints.filter((h) => h.problemSlug === guide.problemSlug);
  return (
    <div className="guide" data-testid="guide">
      <p className="hint">Only interviewers see this panel.</p>
      <section aria-labelledby="guide-hints">
        <h3 id="guide-hints">Hints</h3>
        <ol className="hint-ladder">
          {guide.hints.map((text, index) => (
            <HintStep
              // biome-ignore lint/suspicious/noArrayIndexKey: the ladder's order is its identity
              key={index}
              index={index}
              text={text}
              record={revealed.find((h) => h.index === index) ?? null}
              isNext={index === revealed.length}
              canReveal={canReveal}
              connection={connection}
            />
          ))}
        </ol>
      </section>
      <section aria-labelledby="guide-follow-ups">
        <h3 id="guide-follow-ups">Follow-up questions</h3>
        <ul>
          {guide.followUps.map((text) => (
            <li key={text}>
              <SafeMarkdown text={text} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-mistakes">
        <h3 id="guide-mistakes">Common mistakes</h3>
        <ul>
          {guide.mistakes.map((text) => (
            <li key={text}>
              <SafeMarkdown text={text} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guide-rubric">
        <h3 id="guide-rubric">What strong and weak look like</h3>
        <dl className="guide-rubric">
          {RUBRIC_DIMENSIONS.map((d) => (
            <div key={d}>
              <dt>{RUBRIC[d].label}</dt>
              <dd>
                <span className="strong-label">Strong:</span> <SafeMarkdown text={guide.rubric[d].strong} />
              </dd>
              <dd>
                <span className="weak-label">Weak:</span> <SafeMarkdown text={guide.rubric[d].weak} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <details className="guide-solution">
        <summary>
          Reference solution — {guide.complexity.time} time, {guide.complexity.space} space
        </summary>
        <pre>
          <code>{guide.solution}</code>
        </pre>
      </details>
    </div>
  );
}

function HintStep({
  index,
  text,
  record,
  isNext,
  canReveal,
  connection,
}: {
  index: number;
  text: string;
  record: HintRecord | null;
  isNext: boolean;
  canReveal: boolean;
  connection: RoomConnection;
}) {
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reveal = async () => {
    setSending(true);
    setError(null);
    const reply = await connection.revealHint(index);
    setSending(false);
    if (!reply.ok) setError(reply.message);
  };
  return (
    <li className={record ? 'hint-step revealed' : 'hint-step'} data-testid={`guide-hint-${index + 1}`}>
      <SafeMarkdown text={text} />
      {record ? (
        <p className="note-meta">
          Revealed at <time dateTime={record.revealedAt}>{clockTime(record.revealedAt)}</time> by {record.by.name}
        </p>
      ) : (
        canReveal && (
          <button
            type="button"
            onClick={reveal}
            disabled={!isNext || sending}
            title={isNext ? 'Show this hint to the candidate' : 'Hints are revealed in order'}
          >
            Reveal hint {index + 1}
          </button>
        )
      )}
      <FormError message={error} />
    </li>
  );
}
