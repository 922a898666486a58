import { loadProblems, type Problem, type ProblemTest } from '@dryrun/problems';

/**
 * Text that only the server may hold, for each problem: its hidden tests' inputs, its
 * reference, brute-force, wrong and slow solutions, its harness and its interviewer guide.
 * Short or common fragments (anything a statement, starter or visible test also shows)
 * are left out, so a match means a real leak.
 */
export async function problemSecrets(): Promise<Array<{ slug: string; what: string; text: string }>> {
  const { problems } = await loadProblems();
  return problems.flatMap((problem) => secretsOf(problem));
}

function secretsOf(problem: Problem): Array<{ slug: string; what: string; text: string }> {
  const publicText = [
    problem.statement,
    problem.starter.javascript,
    problem.starter.typescript,
    ...problem.tests.visible.map((test) => (test.kind === 'generated' ? '' : json(inputOf(test)))),
  ].join('\n');
  const secrets: Array<{ what: string; text: string }> = [];
  for (const test of problem.tests.hidden) {
    if (test.kind === 'generated') continue;
    const text = json(inputOf(test));
    if (text.length >= 16) secrets.push({ what: `hidden test "${test.name}"`, text });
  }
  const sources: Array<[string, string | null]> = [
    ['solution.js', problem.reference],
    ['brute.js', problem.brute],
    ['harness.js', problem.harness],
    ...problem.wrongSolutions.map((s): [string, string] => [`wrong/${s.name}.js`, s.source]),
    ...problem.slowSolutions.map((s): [string, string] => [`slow/${s.name}.js`, s.source]),
  ];
  for (const [file, source] of sources) {
    for (const line of source?.split('\n') ?? []) {
      const text = line.trim();
      if (text.length >= 40 && !publicText.includes(text)) secrets.push({ what: file, text });
    }
  }
  if (problem.guide) {
    const { hints, followUps, mistakes, rubric } = problem.guide;
    for (const text of [
      ...hints,
      ...followUps,
      ...mistakes,
      ...Object.values(rubric).flatMap((r) => [r.strong, r.weak]),
    ]) {
      if (text.length >= 24) secrets.push({ what: 'guide.json', text });
    }
  }
  return secrets.filter((s) => !publicText.includes(s.text)).map((s) => ({ slug: problem.slug, ...s }));
}

/** JSON of plain data, with bigints written out (JSON.stringify refuses them). */
function json(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

function inputOf(test: Exclude<ProblemTest, { kind: 'generated' }>): unknown {
  return test.kind === 'calls' ? test.calls : test.args;
}
