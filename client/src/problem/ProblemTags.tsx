import type { ProblemListing } from '@dryrun/shared';
import { DIFFICULTY_LABEL, topicLabel } from './problemFilter.ts';

/** The difficulty in words; its colour only repeats what the word says. */
export function DifficultyBadge({ difficulty }: { difficulty: ProblemListing['difficulty'] }) {
  return (
    <span className={`difficulty difficulty-${difficulty}`} data-testid="difficulty">
      {DIFFICULTY_LABEL[difficulty]}
    </span>
  );
}

/** A problem's topics, as a list (or as inline text where a list may not go, e.g. in a button). */
export function TopicList({ topics, inline = false }: { topics: readonly string[]; inline?: boolean }) {
  if (inline) {
    return (
      <span className="topics">
        {topics.map((topic) => (
          <span key={topic} className="topic">
            {topicLabel(topic)}
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul className="topics" aria-label="Topics">
      {topics.map((topic) => (
        <li key={topic} className="topic">
          {topicLabel(topic)}
        </li>
      ))}
    </ul>
  );
}

/** One problem of a listing: title, difficulty, topics (phrasing content, so it fits in a button or label). */
export function ProblemSummary({ problem }: { problem: ProblemListing }) {
  return (
    <span className="problem-summary">
      <span className="problem-summary-title">{problem.title}</span>
      <DifficultyBadge difficulty={problem.difficulty} />
      <TopicList topics={problem.topics} inline />
    </span>
  );
}
