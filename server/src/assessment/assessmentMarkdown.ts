import {
  type AssessmentReport,
  END_REASON_LABEL,
  formatDuration,
  integrityText,
  RECOMMENDATION_LABEL,
  RUBRIC,
  RUBRIC_DIMENSIONS,
  VERDICT_LABEL,
} from '@dryrun/shared';
import { cell, day, fenced, text, time } from '../interview/reportMarkdown.ts';

/** An attempt's report as a Markdown document, for the candidate to keep. */
export function assessmentMarkdown(report: AssessmentReport): string {
  const { score, settings } = report;
  const titles = new Map(report.problems.map((p) => [p.slug, p.title]));
  const out: string[] = [];
  out.push('# Solo practice: report', '');
  out.push(
    `Attempt of ${day(report.startedAt)}: ${settings.problemCount} problem${settings.problemCount === 1 ? '' : 's'}, ` +
      `${settings.allowedMinutes} minutes${settings.extraTimePercent ? ` (${settings.minutes} + ${settings.extraTimePercent} % extra time)` : ''}` +
      `${settings.strict ? ', strict mode' : ''}${settings.hints ? ', hints allowed' : ''}. ` +
      `${END_REASON_LABEL[report.reason]} after ${formatDuration(Date.parse(report.endedAt) - Date.parse(report.startedAt))}.`,
  );
  out.push('', `**Score: ${score.total} / ${score.scale}** (${score.earned} of ${score.possible} points)`, '');

  out.push('## Score, term by term', '');
  out.push('| Problem | Worth | Tests passed | Correctness | Efficiency | Hints | Points |');
  out.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const p of score.problems) {
    out.push(
      `| ${cell(p.title)} | ${p.worth} | ${p.passed}/${p.total} | ${p.correctness} | ${p.efficiency} | −${p.hintCost} | ${p.points} |`,
    );
  }
  out.push('', '### How the score is computed', '');
  for (const line of report.formula) out.push(`- ${line}`);

  for (const p of report.problems) {
    out.push('', `## ${text(p.title)} (${p.difficulty})`, '');
    out.push(`- Final judging: ${p.verdict ? VERDICT_LABEL[p.verdict] : 'not judged'}, ${p.passed}/${p.total} tests`);
    out.push(`- Time on it: ${formatDuration(p.timeSpentMs)}; ${p.runs} runs, ${p.submissions} submissions`);
    out.push(`- Time complexity measured: ${p.measured ?? 'not measured'}; intended: ${p.optimal.time}`);
    if (p.claim) out.push(`- Your claim: ${p.claim.time} time, ${p.claim.space} space — ${text(p.claim.reason)}`);
    if (p.hintsRevealed > 0) out.push(`- Hints revealed: ${p.hintsRevealed}`);
    out.push('', ...fenced(p.finalCode, p.language === 'typescript' ? 'ts' : 'js'));
  }

  out.push('', '## Think-aloud log', '');
  if (report.notes.length === 0) out.push('No notes were written.');
  for (const note of report.notes) out.push(`- ${time(note.at)} ${note.tag ? `*${note.tag}* ` : ''}${text(note.text)}`);

  out.push('', '## What was recorded', '');
  out.push('Context for a reader, never part of the score.', '');
  if (report.integrity.length === 0) out.push('Nothing: no pastes, and the page was never left.');
  for (const { at, signal } of report.integrity) {
    out.push(`- ${time(at)} ${text(integrityText(signal, (slug) => titles.get(slug) ?? slug))}`);
  }

  const { scorecard } = report;
  if (scorecard) {
    out.push('', `## Review by ${text(scorecard.by.name)}`, '');
    out.push(`**Recommendation: ${RECOMMENDATION_LABEL[scorecard.recommendation]}**`, '');
    for (const d of RUBRIC_DIMENSIONS) {
      const { score: mark, comment } = scorecard.scores[d];
      out.push(`- ${RUBRIC[d].label}: ${mark} / 4${comment ? ` — ${text(comment)}` : ''}`);
    }
    if (scorecard.strengths) out.push('', '### Strengths', '', text(scorecard.strengths));
    if (scorecard.improve) out.push('', '### Things to improve', '', text(scorecard.improve));
  }
  return `${out.join('\n')}\n`;
}
