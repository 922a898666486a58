import { type Half, SESSION_LIMITS } from '@dryrun/shared';
import { useId } from 'react';
import { halfName } from '../session/sessionState.ts';
import { ProblemChoice } from './ProblemChoice.tsx';
import type { HalfDraft } from './roomRequest.ts';

const WHO_INTERVIEWS: Record<Half, string> = {
  1: 'The interviewer link interviews; the candidate link is interviewed.',
  2: 'The links swap roles: the candidate link interviews, the interviewer link is interviewed.',
};

/** One half of a new two-half session: how long it should take, and its problem (or a blank pad). */
export function HalfFields({
  half,
  value,
  onChange,
}: {
  half: Half;
  value: HalfDraft;
  onChange: (next: HalfDraft) => void;
}) {
  const id = useId();
  const name = halfName(half);
  return (
    <fieldset className="half-fields stack" aria-describedby={`${id}-who`} data-testid={`half-${half}`}>
      <legend>{half === 1 ? 'First half' : 'Second half'}</legend>
      <p className="hint" id={`${id}-who`}>
        {WHO_INTERVIEWS[half]}
      </p>
      <div className="half-minutes">
        <label htmlFor={`${id}-minutes`}>
          Minutes<span className="visually-hidden"> for the {name} half</span>
        </label>
        <input
          id={`${id}-minutes`}
          type="number"
          inputMode="numeric"
          min={SESSION_LIMITS.minMinutes}
          max={SESSION_LIMITS.maxMinutes}
          step={1}
          required
          value={value.minutes}
          aria-describedby={`${id}-range`}
          onChange={(e) => onChange({ ...value, minutes: e.target.value })}
        />
        <span className="hint" id={`${id}-range`}>
          {SESSION_LIMITS.minMinutes} to {SESSION_LIMITS.maxMinutes}
        </span>
      </div>
      <ProblemChoice
        legend={`Problem of the ${name} half (optional)`}
        value={value.problemSlug}
        onChange={(problemSlug) => onChange({ ...value, problemSlug })}
      />
    </fieldset>
  );
}
