import type { AssessmentProblem } from '@dryrun/shared';
import { type KeyboardEvent, useRef } from 'react';
import { DifficultyBadge } from '../problem/ProblemTags.tsx';
import type { ProblemChooser } from '../sync/useProblemChooser.ts';

/**
 * An assessment's problems as tabs, in any order: each keeps its own code. Arrow keys, Home
 * and End move between them (the tabs pattern); choosing one asks the server, which moves
 * the room (and every tab of this attempt) to it.
 */
export function ProblemTabs({
  problems,
  current,
  chooser,
  solved,
  canChoose,
}: {
  problems: readonly AssessmentProblem[];
  current: string | null;
  chooser: ProblemChooser;
  /** Problems whose latest submission passed every test. */
  solved: ReadonlySet<string>;
  /** The candidate while the attempt runs; a reviewer once it has ended. */
  canChoose: boolean;
}) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const index = problems.findIndex((p) => p.slug === current);
  const onKeyDown = (event: KeyboardEvent) => {
    const n = problems.length;
    const step: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1 + n, Home: 0, End: n - 1 };
    const to = step[event.key];
    if (to === undefined || n === 0 || !canChoose) return;
    event.preventDefault();
    const next = problems[to % n];
    if (!next) return;
    buttons.current.get(next.slug)?.focus();
    void chooser.choose(next.slug);
  };
  return (
    <div className="problem-tabs">
      <div role="tablist" aria-label="Problems" className="tab-list" onKeyDown={onKeyDown}>
        {problems.map((problem, i) => {
          const selected = problem.slug === current;
          return (
            <button
              key={problem.slug}
              ref={(el) => {
                if (el) buttons.current.set(problem.slug, el);
              }}
              type="button"
              role="tab"
              aria-selected={selected}
              tabIndex={selected || (index === -1 && i === 0) ? 0 : -1}
              className="tab"
              disabled={!canChoose || (chooser.busy && !selected)}
              onClick={() => void chooser.choose(problem.slug)}
            >
              {i + 1}. {problem.title}
              <DifficultyBadge difficulty={problem.difficulty} />
              {solved.has(problem.slug) && (
                <span className="solved">
                  <span aria-hidden="true">✓</span>
                  <span className="visually-hidden">all tests passed</span>
                </span>
              )}
            </button>
          );
        })}
      </div>
      {chooser.refusal && (
        <p className="error" role="alert">
          {chooser.refusal}
        </p>
      )}
    </div>
  );
}
