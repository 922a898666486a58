import {
  complexityFinding,
  type FeedbackReport,
  RECOMMENDATION_LABEL,
  type ReportProblem,
  RUBRIC,
  RUBRIC_DIMENSIONS,
  VERDICT_LABEL,
} from '@dryrun/shared';

/**
 * The feedback report as a Markdown document, for the candidate to keep. What people typed
 * (notes, comments) is quoted as text: characters Markdown would read as markup are escaped,
 * and code goes in a fence longer than any run of backticks inside it.
 */
export function reportMarkdown(report: FeedbackReport): string {
  const { scorecard } = report;
  const out: string[] = [];
  out.push(`# Feedback: ${text(report.title)}`, '');
  out.push(
    `Interview of ${day(report.createdAt)}; feedback by ${text(scorecard.by.name)}, ${day(scorecard.submittedAt)}.`,
  );
  out.push('', `**Recommendation: ${RECOMMENDATION_LABEL[scorecard.recommendation]}**`, '');

  out.push('## Scores', '', '| Dimension | Score | What it means |', '| --- | --- | --- |');
  for (const d of RUBRIC_DIMENSIONS) {
    const { score } = scorecard.scores[d];
    out.push(`| ${RUBRIC[d].label} | ${score} / 4 | ${cell(RUBRIC[d].anchors[score])} |`);
  }
  for (const d of RUBRIC_DIMENSIONS) {
    const { comment } = scorecard.scores[d];
    const evidence = scorecard.evidence[d];
    if (!comment && evidence.length === 0) continue;
    out.push('', `### ${RUBRIC[d].label}`, '');
    if (comment) out.push(text(comment), '');
    for (const e of evidence) out.push(`- ${time(e.at)} ${text(e.label)}`);
  }
  if (scorecard.strengths) out.push('', '## Strengths', '', text(scorecard.strengths));
  if (scorecard.improve) out.push('', '## Things to improve', '', text(scorecard.improve));

  for (const problem of report.problems) out.push('', ...problemSection(problem));

  out.push('', '## Think-aloud log', '');
  if (report.thinkAloud.length === 0) out.push('No notes were written.');
  for (const note of report.thinkAloud) {
    const tag = note.tag ? ` *${note.tag}*` : '';
    const pinned = note.pinned ? ` (line ${note.pinned.line})` : '';
    out.push(`- ${time(note.at)} **${text(note.by.name)}**${tag}${pinned}: ${text(note.text)}`);
  }

  if (report.rating) {
    out.push('', '## Candidate rating of this feedback', '', `${report.rating.stars} / 5`);
    if (report.rating.comment) out.push('', text(report.rating.comment));
  }
  return `${out.join('\n')}\n`;
}

function problemSection(problem: ReportProblem): string[] {
  const out = [`## ${text(problem.title)} (${problem.difficulty})`, ''];
  const { submission, complexity } = problem;
  if (submission) {
    out.push(
      `**Last submission:** ${VERDICT_LABEL[submission.verdict]}, ${submission.passed} of ${submission.total} tests passed.`,
      '',
    );
    for (const t of submission.tests) {
      out.push(
        `- ${t.verdict === 'accepted' ? '✓' : '✕'} ${text(t.name)}${t.hidden ? ' (hidden)' : ''}: ${VERDICT_LABEL[t.verdict]}`,
      );
    }
    out.push('');
  } else out.push('Not submitted.', '');

  const claim = problem.claims.at(-1);
  out.push('**Complexity**', '');
  out.push(
    `- Claimed: ${claim ? `${claim.time} time, ${claim.space} space — ${text(claim.reason)}` : 'no claim made'}`,
  );
  if (problem.claims.length > 1) {
    out.push(
      `- Earlier claims: ${problem.claims
        .slice(0, -1)
        .map((c) => `${c.time} (${time(c.at)})`)
        .join(', ')}`,
    );
  }
  if (complexity) {
    const { report } = complexity;
    if (report.status === 'measured') {
      const verdict =
        complexity.agrees === null ? '' : complexity.agrees ? ' — agrees with the claim' : ' — differs from the claim';
      out.push(`- Measured: ${report.time}${verdict}`);
      out.push(`- Steps by input size: ${report.points.map((p) => `n = ${p.n}: ${Math.round(p.steps)}`).join('; ')}`);
    } else {
      out.push(`- ${complexityFinding(report)} (${text(report.failure?.message ?? '')})`);
    }
  } else out.push('- Not measured.');
  out.push(`- An optimal solution: ${problem.expected.time} time, ${problem.expected.space} space`, '');

  if (problem.hints.length > 0) {
    out.push('**Hints used**', '');
    for (const h of problem.hints) out.push(`${h.index + 1}. ${time(h.revealedAt)} ${text(h.text)}`);
    out.push('');
  }
  out.push(`**Final code** (${problem.language})`, '', ...fenced(problem.finalCode, problem.language));
  return out;
}

/** Text typed by a person, with Markdown's markup characters escaped. */
export function text(value: string): string {
  return value.replace(/[\\`*_{}[\]<>()#+!|~]/g, '\\$&').replace(/^(\s*)([-=]{3,}|\d+\.)/gm, '$1\\$2');
}

export function cell(value: string): string {
  return text(value).replace(/\n/g, ' ');
}

export function fenced(code: string, language: string): string[] {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, code.replace(/\n$/, ''), fence];
}

export function day(iso: string): string {
  return iso.slice(0, 10);
}

export function time(iso: string): string {
  return `[${iso.slice(11, 16)} UTC]`;
}
