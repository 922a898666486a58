import {
  ASSESSMENT_DIFFICULTIES,
  ASSESSMENT_LIMITS,
  type AssessmentDifficulty,
  type CreateAssessmentRequest,
} from '@dryrun/shared';
import { DifficultyBadge } from '../problem/ProblemTags.tsx';
import { topicLabel } from '../problem/problemFilter.ts';
import { useProblemListing } from '../problem/useProblemListing.ts';

/** A custom assessment as the form holds it: drawn (count, difficulty, topics), or chosen problems. */
export interface CustomChoice {
  count: number;
  difficulty: AssessmentDifficulty;
  minutes: number;
  topics: string[];
  /** Chosen by hand; when any are, nothing is drawn. */
  problems: string[];
}

export const DEFAULT_CUSTOM: CustomChoice = { count: 2, difficulty: 'mixed', minutes: 45, topics: [], problems: [] };

const DIFFICULTY_CHOICE: Record<AssessmentDifficulty, string> = {
  mixed: 'Mixed, rising',
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

export function customRequest(choice: CustomChoice): CreateAssessmentRequest {
  if (choice.problems.length > 0) return { problems: choice.problems, minutes: choice.minutes };
  const { count, difficulty, minutes, topics } = choice;
  return { count, difficulty, minutes, ...(topics.length > 0 ? { topics } : {}) };
}

export function customSummary(choice: CustomChoice): string {
  const n = choice.problems.length > 0 ? choice.problems.length : choice.count;
  const kind = choice.problems.length > 0 ? 'chosen' : DIFFICULTY_CHOICE[choice.difficulty].toLowerCase();
  return `Custom: ${n} ${kind} problem${n === 1 ? '' : 's'}, ${choice.minutes} minutes`;
}

const toggle = (list: string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

/** The custom set's fields: how many, how hard, which topics, how long; or the problems themselves. */
export function CustomSet({ value, onChange }: { value: CustomChoice; onChange: (next: CustomChoice) => void }) {
  const listing = useProblemListing();
  const problems = listing.status === 'ready' ? listing.problems : [];
  const topics = [...new Set(problems.flatMap((p) => p.topics))].sort();
  const set = (patch: Partial<CustomChoice>) => onChange({ ...value, ...patch });
  const drawing = value.problems.length === 0;
  const full = value.problems.length >= ASSESSMENT_LIMITS.maxProblems;
  return (
    <fieldset className="stack custom-assessment">
      <legend>Custom set</legend>
      <label>
        Minutes{' '}
        <input
          type="number"
          min={1}
          max={ASSESSMENT_LIMITS.maxMinutes}
          value={value.minutes}
          onChange={(e) => set({ minutes: Number(e.target.value) })}
        />
      </label>
      <label>
        Problems{' '}
        <input
          type="number"
          min={1}
          max={ASSESSMENT_LIMITS.maxProblems}
          value={value.count}
          disabled={!drawing}
          onChange={(e) => set({ count: Number(e.target.value) })}
        />
      </label>
      <label>
        Difficulty{' '}
        <select
          value={value.difficulty}
          disabled={!drawing}
          onChange={(e) => set({ difficulty: e.target.value as AssessmentDifficulty })}
        >
          {ASSESSMENT_DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {DIFFICULTY_CHOICE[d]}
            </option>
          ))}
        </select>
      </label>
      {topics.length > 0 && (
        <fieldset className="topic-choices" disabled={!drawing}>
          <legend>Topics (none chosen: any)</legend>
          {topics.map((topic) => (
            <label key={topic} className="choice">
              <input
                type="checkbox"
                checked={value.topics.includes(topic)}
                onChange={(e) => set({ topics: toggle(value.topics, topic, e.target.checked) })}
              />
              {topicLabel(topic)}
            </label>
          ))}
        </fieldset>
      )}
      {problems.length > 0 && (
        <details>
          <summary>Or choose the problems yourself ({value.problems.length} chosen)</summary>
          <fieldset className="problem-picks">
            <legend>Problems, up to {ASSESSMENT_LIMITS.maxProblems}, in the order chosen</legend>
            {problems.map((problem) => {
              const chosen = value.problems.includes(problem.slug);
              return (
                <label key={problem.slug} className="choice">
                  <input
                    type="checkbox"
                    checked={chosen}
                    disabled={!chosen && full}
                    onChange={(e) => set({ problems: toggle(value.problems, problem.slug, e.target.checked) })}
                  />
                  {problem.title} <DifficultyBadge difficulty={problem.difficulty} />
                </label>
              );
            })}
          </fieldset>
        </details>
      )}
    </fieldset>
  );
}
