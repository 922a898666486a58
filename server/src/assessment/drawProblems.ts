import {
  ASSESSMENT_DEFAULTS,
  type AssessmentDifficulty,
  type CreateAssessmentRequest,
  DryRunError,
  MIXED_DIFFICULTIES,
  type ProblemDifficulty,
  type ProblemListing,
} from '@dryrun/shared';

const TIERS: readonly ProblemDifficulty[] = ['easy', 'medium', 'hard'];

/**
 * The problems of a new assessment: those named, or `count` drawn without repeats from the
 * set (of the topics asked for, if any) at the difficulty asked for. A `mixed` draw rises
 * in difficulty ({@link MIXED_DIFFICULTIES}); where a tier has run out, the nearest one
 * stands in. `random` returns a number in [0, 1) (tests pass a seeded one).
 */
export function drawProblems(
  request: Pick<CreateAssessmentRequest, 'problems' | 'count' | 'difficulty' | 'topics'>,
  set: readonly ProblemListing[],
  random: () => number = Math.random,
): string[] {
  if (request.problems) {
    for (const slug of request.problems) {
      if (!set.some((p) => p.slug === slug)) throw new DryRunError('MALFORMED', `There is no problem "${slug}".`);
    }
    return [...request.problems];
  }
  const topics = request.topics;
  if (topics) {
    const known = new Set(set.flatMap((p) => p.topics));
    const unknown = topics.find((t) => !known.has(t));
    if (unknown) throw new DryRunError('MALFORMED', `There is no topic "${unknown}".`);
  }
  const pool = set.filter((p) => !topics || p.topics.some((t) => topics.includes(t)));
  const count = request.count ?? ASSESSMENT_DEFAULTS.count;
  const difficulty: AssessmentDifficulty = request.difficulty ?? ASSESSMENT_DEFAULTS.difficulty;
  const wanted = difficulty === 'mixed' ? (MIXED_DIFFICULTIES[count] ?? []) : Array(count).fill(difficulty);
  const eligible = difficulty === 'mixed' ? pool : pool.filter((p) => p.difficulty === difficulty);
  if (eligible.length < count) {
    const which = [difficulty === 'mixed' ? '' : difficulty, topics ? `of ${topics.join(', ')}` : '']
      .filter(Boolean)
      .join(' ');
    throw new DryRunError(
      'MALFORMED',
      `Only ${eligible.length} problem${eligible.length === 1 ? '' : 's'}${which ? ` ${which}` : ''} to draw from; ask for fewer.`,
    );
  }
  const left = [...eligible];
  const picks = wanted.map((tier: ProblemDifficulty) => {
    const nearest = [...TIERS].sort(
      (a, b) => Math.abs(TIERS.indexOf(a) - TIERS.indexOf(tier)) - Math.abs(TIERS.indexOf(b) - TIERS.indexOf(tier)),
    );
    const from = nearest.map((t) => left.filter((p) => p.difficulty === t)).find((candidates) => candidates.length > 0);
    const pick = from?.[Math.floor(random() * from.length)];
    if (!pick) throw new Error('drew past the end of the eligible problems');
    left.splice(left.indexOf(pick), 1);
    return pick;
  });
  // Stand-ins keep the order rising.
  const rank = (p: ProblemListing) => TIERS.indexOf(p.difficulty);
  return (difficulty === 'mixed' ? picks.sort((a, b) => rank(a) - rank(b)) : picks).map((p) => p.slug);
}
