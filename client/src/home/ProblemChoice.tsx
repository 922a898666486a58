import { useId, useState } from 'react';
import { MatchCount, ProblemFilters } from '../problem/ProblemFilters.tsx';
import { ProblemSummary } from '../problem/ProblemTags.tsx';
import { filterProblems, NO_FILTER } from '../problem/problemFilter.ts';
import { useProblemListing } from '../problem/useProblemListing.ts';
import '../problem/problem.css';

/**
 * The optional problem of a new room: "decide later" (the interviewer picks in the room) or
 * one of the set, found by title, topic and difficulty. Radio buttons, so the arrow keys
 * move through the list.
 */
export function ProblemChoice({
  value,
  onChange,
  legend = 'Problem (optional)',
}: {
  value: string | null;
  onChange: (slug: string | null) => void;
  /** What the choice is for, when the form has more than one (a half of a session). */
  legend?: string;
}) {
  const name = useId();
  const listing = useProblemListing();
  const [filter, setFilter] = useState(NO_FILTER);
  const problems = listing.status === 'ready' ? listing.problems : [];
  const shown = filterProblems(problems, filter);
  const chosen = problems.find((p) => p.slug === value);

  return (
    <fieldset className="problem-choice stack" data-testid="problem-choice">
      <legend>{legend}</legend>
      {listing.status === 'failed' && (
        <p className="error" role="alert">
          {listing.message} You can still create the room and pick a problem in it.
        </p>
      )}
      {listing.status === 'loading' && <p className="loading">Loading the problem set…</p>}
      {listing.status === 'ready' && (
        <>
          <ProblemFilters problems={problems} filter={filter} onChange={setFilter} />
          <MatchCount shown={shown.length} total={problems.length} />
          <div className="problem-rows problem-options">
            <label className="problem-option">
              <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
              <span className="problem-summary">
                <span className="problem-summary-title">Decide later</span>
                <span className="hint">The interviewer picks one in the room</span>
              </span>
            </label>
            {shown.map((problem) => (
              <label key={problem.slug} className="problem-option">
                <input
                  type="radio"
                  name={name}
                  value={problem.slug}
                  checked={value === problem.slug}
                  onChange={() => onChange(problem.slug)}
                />
                <ProblemSummary problem={problem} />
              </label>
            ))}
          </div>
          {chosen && !shown.includes(chosen) && <p className="hint">Chosen: {chosen.title} (hidden by the filters)</p>}
        </>
      )}
    </fieldset>
  );
}
