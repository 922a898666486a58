import type { ProblemListing } from '@dryrun/shared';

export type Difficulty = ProblemListing['difficulty'];
export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

export const DIFFICULTY_LABEL: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };

/** What someone choosing a problem narrowed the list to; empty fields match everything. */
export interface ProblemFilter {
  /** Words of the title, in any order, any case. */
  search: string;
  topic: string;
  difficulty: Difficulty | '';
}

export const NO_FILTER: ProblemFilter = { search: '', topic: '', difficulty: '' };

/** `arrays-and-hashing` → `Arrays and hashing`; `javascript-fundamentals` → `JavaScript fundamentals`. */
export function topicLabel(topic: string): string {
  const words = topic.replace(/-/g, ' ').replace(/\bjavascript\b/g, 'JavaScript');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every topic of the set, in alphabetical order of their labels. */
export function topicsOf(problems: readonly ProblemListing[]): string[] {
  const topics = new Set(problems.flatMap((p) => p.topics));
  return [...topics].sort((a, b) => topicLabel(a).localeCompare(topicLabel(b)));
}

/** The problems that match, easiest first, then by title. */
export function filterProblems(problems: readonly ProblemListing[], filter: ProblemFilter): ProblemListing[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return problems
    .filter(
      (p) =>
        (filter.difficulty === '' || p.difficulty === filter.difficulty) &&
        (filter.topic === '' || p.topics.includes(filter.topic)) &&
        words.every((word) => p.title.toLowerCase().includes(word)),
    )
    .sort(
      (a, b) =>
        DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty) || a.title.localeCompare(b.title),
    );
}
