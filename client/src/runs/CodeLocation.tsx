import type { CodeError } from '@dryrun/shared';
import { formatCodeError } from './format.ts';

/** Puts the editor's caret at a 1-based line and column; absent when the code shown is not the code judged. */
export type GoToCode = ((line: number, column: number) => void) | null;

/** "line 3:14", a button that takes the caret there when the editor holds the judged code. */
export function CodeLocation({ error, onGoTo }: { error: CodeError; onGoTo: GoToCode }) {
  if (error.line === null) return null;
  const line = error.line;
  const column = error.column ?? 1;
  const text = `line ${line}:${column}`;
  if (!onGoTo) return <span className="code-location">{text}</span>;
  return (
    <button
      type="button"
      className="link-button code-location"
      onClick={() => onGoTo(line, column)}
      aria-label={`Go to line ${line}, column ${column} in the editor`}
    >
      {text}
    </button>
  );
}

/** An error in the candidate's code: its message, and where. */
export function CodeErrorView({ error, onGoTo }: { error: CodeError; onGoTo: GoToCode }) {
  return (
    <div className="code-error">
      <pre className="mono">{formatCodeError(error)}</pre>
      <CodeLocation error={error} onGoTo={onGoTo} />
    </div>
  );
}
