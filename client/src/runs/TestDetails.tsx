import type { VisibleTestResult } from '@dryrun/shared';
import { CodeErrorView, type GoToCode } from './CodeLocation.tsx';

/**
 * What a visible test saw: the call, the expected and actual answers, what it printed, and
 * why it failed. Hidden tests never carry these, so there is nothing to show for them.
 */
export function TestDetails({ test, onGoTo }: { test: VisibleTestResult; onGoTo: GoToCode }) {
  return (
    <dl className="test-details">
      {test.input !== undefined && <Field label="Input" value={test.input} />}
      {test.expected !== undefined && <Field label="Expected" value={test.expected} />}
      {test.actual !== undefined && test.actual !== null && <Field label="Actual" value={test.actual} />}
      {test.message && <Field label="Checker" value={test.message} />}
      {test.limitMessage && <Field label="Limit" value={test.limitMessage} />}
      {test.error && (
        <div className="field">
          <dt>Error</dt>
          <dd>
            <CodeErrorView error={test.error} onGoTo={onGoTo} />
          </dd>
        </div>
      )}
      {test.stdout !== undefined && (
        <Field label="Console output" value={test.stdout} empty="Nothing printed." testId="test-stdout" />
      )}
    </dl>
  );
}

function Field({ label, value, empty, testId }: { label: string; value: string; empty?: string; testId?: string }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>
        {value === '' && empty ? (
          <span className="hint">{empty}</span>
        ) : (
          <pre className="mono" data-testid={testId}>
            {value}
          </pre>
        )}
      </dd>
    </div>
  );
}
