import type { ComplexityClaim, DataPoint, ReportProblem } from '@dryrun/shared';
import { claimText, complexityVerdict, formatGrowth, formatSteps } from './reportFormat.ts';
import { Timestamp } from './Timestamp.tsx';

/**
 * The candidate's complexity claim against the measured check, in words; the claim history;
 * the steps measured at each size; and what an optimal solution achieves.
 */
export function ComplexityReview({ problem }: { problem: ReportProblem }) {
  const verdict = complexityVerdict(problem);
  const standing = problem.claims.at(-1);
  const check = problem.complexity;
  return (
    <div className="report-problem-part" data-testid="complexity">
      <h3>Complexity</h3>
      <p className={`report-complexity-verdict tone-${verdict.tone}`} data-testid="complexity-verdict">
        <span className="report-complexity-icon" aria-hidden="true">
          {verdict.tone === 'ok' ? '=' : verdict.tone === 'bad' ? '≠' : '?'}
        </span>
        <span>
          <strong className="report-complexity-comparison">Time: {verdict.comparison}.</strong>{' '}
          <span className="report-complexity-agreement">{verdict.agreement}</span>
        </span>
      </p>
      <dl className="report-facts">
        <div>
          <dt>Standing claim</dt>
          <dd>{standing ? <ClaimBody claim={standing} /> : 'No claim was made.'}</dd>
        </div>
        <div>
          <dt>An optimal solution</dt>
          <dd data-testid="complexity-expected">{claimText(problem.expected)}</dd>
        </div>
        {check && (
          <div>
            <dt>Checked</dt>
            <dd>
              at <Timestamp at={check.at} />
              {check.report.failure && (
                <>
                  {' '}
                  — stopped at n = {check.report.failure.n}:{' '}
                  <span className="report-typed">{check.report.failure.message}</span>
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {problem.claims.length > 1 && (
        <>
          <h4>Claim history</h4>
          <ol className="report-claim-history" data-testid="claim-history">
            {problem.claims.map((claim, i) => (
              <li key={claim.id}>
                <Timestamp at={claim.at} /> <ClaimBody claim={claim} />{' '}
                <span className="report-chip">{i === problem.claims.length - 1 ? 'standing' : 'superseded'}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {check && check.report.points.length > 0 && <DataPoints points={check.report.points} />}
    </div>
  );
}

function ClaimBody({ claim }: { claim: ComplexityClaim }) {
  return (
    <span className="report-claim">
      <strong>{claimText(claim)}</strong>
      {claim.reason && <> — {claim.reason}</>}
      {claim.pinned && (
        <span className="report-pinned">
          {' '}
          (line {claim.pinned.line}: <code>{claim.pinned.text.trim()}</code>)
        </span>
      )}
    </span>
  );
}

function DataPoints({ points }: { points: DataPoint[] }) {
  return (
    <table className="report-data-points" data-testid="data-points">
      <caption>Interpreter steps at each input size (mean per run), and their growth from the previous size</caption>
      <thead>
        <tr>
          <th scope="col">Input size n</th>
          <th scope="col">Steps</th>
          <th scope="col">Growth</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p, i) => (
          <tr key={p.n}>
            <td>{formatSteps(p.n)}</td>
            <td>{formatSteps(p.steps)}</td>
            <td>{formatGrowth(points[i - 1], p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
