import { PAD_TEST_LIMITS, type PadTestInput, type PadTestsView, parsePadTest } from '@dryrun/shared';
import { useId, useState } from 'react';
import { FormError } from '../interview/FormError.tsx';
import type { RoomConnection } from '../sync/RoomConnection.ts';

/**
 * A blank pad's own tests. Everyone sees the visible ones (a call and what it should
 * return) and how many are hidden; interviewers also write them: each row is checked as it
 * is typed, and Save sends the list to the server, which keeps the hidden ones to itself.
 */
export function PadTests({
  view,
  connection,
  canWrite,
}: {
  view: PadTestsView | null;
  connection: RoomConnection;
  canWrite: boolean;
}) {
  const [editing, setEditing] = useState(false);
  if (canWrite && editing) {
    return <PadTestsEditor saved={view?.tests ?? []} connection={connection} onDone={() => setEditing(false)} />;
  }
  const tests = view?.tests ?? [];
  const hidden = view?.hiddenCount ?? 0;
  return (
    <section className="pad-tests" aria-labelledby="pad-tests-heading" data-testid="pad-tests">
      <h3 id="pad-tests-heading">Tests</h3>
      {tests.length === 0 && hidden === 0 ? (
        <p className="hint">
          {canWrite
            ? 'Add tests of your own: a call and the value it should return. Run judges the visible ones, Submit all.'
            : 'No tests: Run runs the whole program.'}
        </p>
      ) : (
        <ul className="pad-test-list">
          {tests.map((test) => (
            <li key={test.id} data-testid="pad-test">
              <code>{test.call}</code> <span aria-hidden="true">→</span>
              <span className="visually-hidden">should return</span> <code>{test.expected}</code>
              {test.hidden && <span className="note-tag">hidden</span>}
            </li>
          ))}
          {!canWrite && hidden > 0 && (
            <li className="hint" data-testid="pad-hidden-count">
              and {hidden} hidden {hidden === 1 ? 'test' : 'tests'}, judged on Submit
            </li>
          )}
        </ul>
      )}
      {canWrite && (
        <button type="button" onClick={() => setEditing(true)}>
          {tests.length > 0 ? 'Edit tests' : 'Add tests'}
        </button>
      )}
    </section>
  );
}

function PadTestsEditor({
  saved,
  connection,
  onDone,
}: {
  saved: readonly PadTestInput[];
  connection: RoomConnection;
  onDone: () => void;
}) {
  const id = useId();
  const [rows, setRows] = useState<PadTestInput[]>(() =>
    saved.length > 0 ? saved.map(({ call, expected, hidden }) => ({ call, expected, hidden })) : [blank()],
  );
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const filled = rows.filter((r) => r.call.trim() || r.expected.trim());
  const problems = filled.map((r) => parsePadTest(r)).map((p) => (p.ok ? null : p.message));
  const valid = problems.every((p) => p === null);
  const update = (index: number, patch: Partial<PadTestInput>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = async () => {
    setSending(true);
    setError(null);
    const reply = await connection.setPadTests(filled);
    setSending(false);
    if (reply.ok) onDone();
    else setError(reply.message);
  };

  return (
    <section className="pad-tests editing" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Tests</h3>
      <p className="hint">
        A call of the candidate's function with JSON arguments, e.g. <code>reverse([1, 2, 3])</code>, and the JSON value
        it should return. Hidden tests stay on the server until the candidate submits, and then show only their verdict.
      </p>
      <ol className="pad-test-rows">
        {rows.map((row, index) => {
          const problem = row.call.trim() || row.expected.trim() ? parsePadTest(row) : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, by position
            <li key={index} className="pad-test-row">
              <label>
                <span className="visually-hidden">Test {index + 1} call</span>
                <input
                  type="text"
                  value={row.call}
                  placeholder="solve([1, 2, 3])"
                  maxLength={PAD_TEST_LIMITS.maxCallLength}
                  aria-invalid={problem !== null && !problem.ok}
                  onChange={(e) => update(index, { call: e.target.value })}
                />
              </label>
              <span aria-hidden="true">→</span>
              <label>
                <span className="visually-hidden">Test {index + 1} expected value</span>
                <input
                  type="text"
                  value={row.expected}
                  placeholder="6"
                  maxLength={PAD_TEST_LIMITS.maxExpectedLength}
                  aria-invalid={problem !== null && !problem.ok}
                  onChange={(e) => update(index, { expected: e.target.value })}
                />
              </label>
              <label className="check">
                <input
                  type="checkbox"
                  checked={row.hidden}
                  onChange={(e) => update(index, { hidden: e.target.checked })}
                />
                Hidden<span className="visually-hidden"> (test {index + 1})</span>
              </label>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove test ${index + 1}`}
                onClick={() => setRows(rows.filter((_, i) => i !== index))}
              >
                Remove
              </button>
              <FormError message={problem && !problem.ok ? `Test ${index + 1}: ${problem.message}` : null} />
            </li>
          );
        })}
      </ol>
      <div className="note-composer-row">
        <button
          type="button"
          onClick={() => setRows([...rows, blank()])}
          disabled={rows.length >= PAD_TEST_LIMITS.maxTests}
        >
          Add a test
        </button>
        <button type="button" className="primary" onClick={save} disabled={sending || !valid}>
          Save tests
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      <FormError message={error} />
    </section>
  );
}

function blank(): PadTestInput {
  return { call: '', expected: '', hidden: false };
}
