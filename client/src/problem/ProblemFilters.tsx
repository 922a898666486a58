import type { ProblemListing } from '@dryrun/shared';
import { type Ref, useId } from 'react';
import { DIFFICULTIES, DIFFICULTY_LABEL, type ProblemFilter, topicLabel, topicsOf } from './problemFilter.ts';

/** Search by title, and narrow by topic and difficulty. */
export function ProblemFilters({
  problems,
  filter,
  onChange,
  searchRef,
}: {
  problems: readonly ProblemListing[];
  filter: ProblemFilter;
  onChange: (next: ProblemFilter) => void;
  searchRef?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  return (
    <div className="problem-filters">
      <div className="field">
        <label htmlFor={`${id}-search`}>Search by title</label>
        <input
          id={`${id}-search`}
          ref={searchRef}
          type="search"
          autoComplete="off"
          value={filter.search}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
          // Enter filters; it must not submit a form the filters sit in.
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-topic`}>Topic</label>
        <select
          id={`${id}-topic`}
          value={filter.topic}
          onChange={(e) => onChange({ ...filter, topic: e.target.value })}
        >
          <option value="">All topics</option>
          {topicsOf(problems).map((topic) => (
            <option key={topic} value={topic}>
              {topicLabel(topic)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-difficulty`}>Difficulty</label>
        <select
          id={`${id}-difficulty`}
          value={filter.difficulty}
          onChange={(e) => onChange({ ...filter, difficulty: e.target.value as ProblemFilter['difficulty'] })}
        >
          <option value="">Any difficulty</option>
          {DIFFICULTIES.map((difficulty) => (
            <option key={difficulty} value={difficulty}>
              {DIFFICULTY_LABEL[difficulty]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** How many problems the filters leave, told politely to screen readers as it changes. */
export function MatchCount({ shown, total }: { shown: number; total: number }) {
  return (
    <p className="hint match-count" aria-live="polite" data-testid="problem-count">
      {shown === total ? `${total} problems` : `${shown} of ${total} problems`}
    </p>
  );
}
