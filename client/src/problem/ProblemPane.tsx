import type { RoomProblem } from '@dryrun/shared';
import { type ReactNode, useId } from 'react';
import type { PaneControl } from '../layout/RoomLayout.tsx';
import { Examples } from './Examples.tsx';
import { SafeMarkdown, withoutTitle } from './Markdown.tsx';
import { ProblemAnnouncer } from './ProblemAnnouncer.tsx';
import { DifficultyBadge, TopicList } from './ProblemTags.tsx';
import './problem.css';

/**
 * The room's problem beside the editor: title, difficulty, topics, the statement and the
 * sample tests; or a note that the room is a blank pad. Folds to a strip beside the editor
 * where the layout allows (`pane`).
 */
export function ProblemPane({
  slug,
  problem,
  picker,
  padQuestion,
  pane,
}: {
  /** The room's problem (null: a blank pad); `problem` may lag behind it while it loads. */
  slug: string | null;
  problem: RoomProblem | null;
  /** The interviewer's "Choose problem", or null for everyone else. */
  picker: ReactNode;
  /** What a blank pad shows instead of a problem: the interviewer's own question. */
  padQuestion: ReactNode;
  /** Folds the pane away and back; null where it always shows. */
  pane: PaneControl | null;
}) {
  const open = pane?.open ?? true;
  const id = useId();
  const shown = problem && problem.slug === slug ? problem : null;
  const heading = shown?.title ?? (slug === null ? 'Question' : 'Problem');

  return (
    <section
      className={open ? 'problem-pane' : 'problem-pane collapsed'}
      aria-labelledby={`${id}-heading`}
      data-testid="problem-pane"
    >
      <ProblemAnnouncer slug={slug} title={shown?.title ?? null} />
      <div className="problem-pane-header">
        {pane && (
          <button
            type="button"
            className="disclosure problem-toggle"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            title={open ? 'Hide the problem' : 'Show the problem'}
            onClick={() => pane.setOpen(!open)}
          >
            <span className="chevron" aria-hidden="true">
              {open ? '◂' : '▸'}
            </span>
            <span className="visually-hidden">{open ? 'Hide the problem' : 'Show the problem'}</span>
            <span className="problem-toggle-label" aria-hidden="true">
              Problem
            </span>
          </button>
        )}
        <h2 id={`${id}-heading`} className="problem-title" data-testid="problem-title">
          {heading}
        </h2>
        {picker && <div className="problem-picker-slot">{picker}</div>}
      </div>
      <section
        id={`${id}-body`}
        className="problem-pane-body"
        hidden={!open}
        aria-label={slug === null ? 'The question' : 'The problem statement'}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a statement longer than the pane scrolls, by keyboard too
        tabIndex={0}
      >
        {shown ? (
          <>
            <div className="problem-meta">
              <DifficultyBadge difficulty={shown.difficulty} />
              <TopicList topics={shown.topics} />
            </div>
            <div className="problem-statement" data-testid="problem-statement">
              <SafeMarkdown text={withoutTitle(shown.statement, shown.title)} />
            </div>
            <Examples examples={shown.examples} />
          </>
        ) : slug === null ? (
          padQuestion
        ) : (
          <p className="loading">Loading the problem…</p>
        )}
      </section>
    </section>
  );
}
