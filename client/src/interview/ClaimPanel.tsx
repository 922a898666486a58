import {
  COMPLEXITY_CLASSES,
  type ComplexityClaim,
  claimAgrees,
  LIMITS,
  parseComplexity,
  type RunRecord,
} from '@dryrun/shared';
import { type FormEvent, useId, useState } from 'react';
import type { RoomConnection } from '../sync/RoomConnection.ts';
import { useRoomState } from '../sync/useRoom.ts';
import { FormError } from './FormError.tsx';
import type { LineTools } from './ThinkAloudPane.tsx';
import { clockTime } from './time.ts';

const OTHER = 'other';

/** The claims for one problem, oldest first; the last one stands. */
export function useClaims(connection: RoomConnection, problemSlug: string): ComplexityClaim[] {
  return useRoomState(connection).claims.filter((c) => c.problemSlug === problemSlug);
}

/**
 * The candidate's Big-O claim for the current problem: time and space picked from the
 * classes the check measures, or typed (`O(n + m)`), with a one-line reason, optionally
 * pinned to a line. A new claim supersedes the last; the history stays, for everyone.
 */
export function ClaimPanel({
  connection,
  problemSlug,
  canWrite,
  runs,
  lines,
}: {
  connection: RoomConnection;
  problemSlug: string;
  canWrite: boolean;
  runs: readonly RunRecord[];
  lines: LineTools;
}) {
  const claims = useClaims(connection, problemSlug);
  const standing = claims.at(-1) ?? null;
  const check = runs.findLast((r) => r.problemSlug === problemSlug && r.mode === 'complexity' && r.complexity);
  const measured = check?.complexity?.status === 'measured' ? check.complexity.time : null;
  const agrees = standing && measured ? claimAgrees(standing.time, measured) : null;

  return (
    <div className="claims" data-testid="claims">
      {standing ? (
        <section className="claim-standing" aria-label="Current claim" data-testid="claim-standing">
          <p className="claim-figures">
            <span>
              Time <strong>{standing.time}</strong>
            </span>
            <span>
              Space <strong>{standing.space}</strong>
            </span>
          </p>
          <p className="claim-reason">{standing.reason}</p>
          <p className="note-meta">
            <time dateTime={standing.at}>{clockTime(standing.at)}</time> {standing.by.name}
            {standing.pinned && (
              <button
                type="button"
                className="link-button note-line"
                onClick={() => standing.pinned && lines.goToLine(standing.pinned.line)}
              >
                line {standing.pinned.line}
              </button>
            )}
          </p>
          {measured && (
            <p className={agrees === false ? 'claim-check differs' : 'claim-check'} data-testid="claim-check">
              <span aria-hidden="true">{agrees === null ? '•' : agrees ? '✓' : '≠'}</span> Measured {measured}
              {agrees === null
                ? ' (not comparable with this claim)'
                : agrees
                  ? ' — agrees'
                  : ' — differs from the claim'}
            </p>
          )}
        </section>
      ) : (
        <p className="hint">
          {canWrite
            ? 'State the time and space complexity of your solution. "Check complexity" measures the time.'
            : 'No complexity claimed yet.'}
        </p>
      )}
      {canWrite && <ClaimForm connection={connection} hasClaim={standing !== null} cursorLine={lines.cursorLine} />}
      {claims.length > 1 && (
        <details className="claim-history">
          <summary>Earlier claims ({claims.length - 1})</summary>
          <ol>
            {claims
              .slice(0, -1)
              .reverse()
              .map((c) => (
                <li key={c.id}>
                  <time dateTime={c.at}>{clockTime(c.at)}</time> {c.time} time, {c.space} space — {c.reason}
                </li>
              ))}
          </ol>
        </details>
      )}
    </div>
  );
}

function ClaimForm({
  connection,
  hasClaim,
  cursorLine,
}: {
  connection: RoomConnection;
  hasClaim: boolean;
  cursorLine: () => number | null;
}) {
  const [time, setTime] = useState('');
  const [space, setSpace] = useState('');
  const [reason, setReason] = useState('');
  const [pin, setPin] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timeOk = parseComplexity(time).ok;
  const spaceOk = parseComplexity(space).ok;
  const reasonOk = reason.trim().length > 0 && reason.trim().length <= LIMITS.maxClaimReasonLength;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending || !timeOk || !spaceOk || !reasonOk) return;
    setSending(true);
    setError(null);
    const reply = await connection.addClaim({ time, space, reason, line: pin ? cursorLine() : null });
    setSending(false);
    if (reply.ok) {
      setReason('');
      setPin(false);
    } else setError(reply.message);
  };

  return (
    <form className="claim-form" onSubmit={submit} aria-label={hasClaim ? 'Update your claim' : 'State your claim'}>
      <ComplexityInput label="Time" value={time} onChange={setTime} />
      <ComplexityInput label="Space" value={space} onChange={setSpace} />
      <label className="field">
        <span>Why, in one line</span>
        <input
          type="text"
          value={reason}
          maxLength={LIMITS.maxClaimReasonLength}
          placeholder="e.g. one pass, with a map of seen values"
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <div className="note-composer-row">
        <label className="check">
          <input type="checkbox" checked={pin} onChange={(e) => setPin(e.target.checked)} />
          Pin to my line
        </label>
        <button type="submit" className="primary" disabled={sending || !timeOk || !spaceOk || !reasonOk}>
          {hasClaim ? 'Update claim' : 'State claim'}
        </button>
      </div>
      <FormError message={error} />
    </form>
  );
}

/** A complexity: one of the measured classes, or typed freely and checked as you type. */
function ComplexityInput({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  const [other, setOther] = useState(false);
  const known = (COMPLEXITY_CLASSES as readonly string[]).includes(value);
  const parsed = value ? parseComplexity(value) : null;
  return (
    <div className="complexity-input">
      <label htmlFor={`${id}-select`}>{label}</label>
      <select
        id={`${id}-select`}
        value={other || (!known && value) ? OTHER : value}
        onChange={(e) => {
          if (e.target.value === OTHER) {
            setOther(true);
            onChange('');
          } else {
            setOther(false);
            onChange(e.target.value);
          }
        }}
      >
        <option value="" disabled>
          Choose…
        </option>
        {COMPLEXITY_CLASSES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
        <option value={OTHER}>Other…</option>
      </select>
      {(other || (!known && value)) && (
        <>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {label} complexity, typed
          </label>
          <input
            id={`${id}-text`}
            type="text"
            value={value}
            placeholder="e.g. O(n + m)"
            aria-invalid={parsed !== null && !parsed.ok}
            aria-describedby={`${id}-parsed`}
            onChange={(e) => onChange(e.target.value)}
          />
          <span id={`${id}-parsed`} className={parsed && !parsed.ok ? 'form-error' : 'hint'} aria-live="polite">
            {parsed ? (parsed.ok ? `Reads as ${parsed.text}` : parsed.message) : ''}
          </span>
        </>
      )}
    </div>
  );
}
