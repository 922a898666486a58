import { DEFAULT_PHASES, type Phase, PHASE_LIMITS, type PhasesRequest, type TimelineEvent } from '@dryrun/shared';
import { useEffect, useRef, useState } from 'react';
import { clockText } from '../assessment/Countdown.tsx';
import { usePhaseState } from './usePhaseState.ts';
import './phases.css';

/**
 * The pair session's phase timer in the room's header: the phase under way and its time left
 * (or how far over the last one is), for everyone; a gentle cue when a phase changes (said to
 * screen readers, and a short highlight); and for the interviewer, planning it, the next
 * phase, and stopping it.
 */
export function PhaseTimer({
  timeline,
  offsetMs,
  canRun,
  onSet,
  defaults = DEFAULT_PHASES,
}: {
  timeline: readonly TimelineEvent[];
  offsetMs: number;
  canRun: boolean;
  onSet: (request: PhasesRequest) => void;
  /** The plan offered at first (a half of a session: the default shape, fitted to its minutes). */
  defaults?: readonly Phase[];
}) {
  const state = usePhaseState(timeline, offsetMs);
  const cue = usePhaseCue(state ? `${state.startedAt}:${state.index}` : null);
  if (!state) {
    if (!canRun) return null;
    // A new default (the session heard of late) is a new plan: keyed by what it adds up to.
    const total = defaults.reduce((sum, p) => sum + p.minutes, 0);
    return <PhasePlan key={total} defaults={defaults} onStart={(phases) => onSet({ action: 'plan', phases })} />;
  }
  const phase = state.phases[state.index];
  const last = state.index === state.phases.length - 1;
  const over = state.overtimeMs > 0;
  return (
    <div className={cue ? 'phase-timer phase-cue' : 'phase-timer'} data-testid="phase-timer">
      <span className="phase-name">
        <span className="visually-hidden">Phase </span>
        {state.index + 1}/{state.phases.length} · {phase?.name}
      </span>
      <span className={over ? 'phase-left phase-over' : 'phase-left'} data-testid="phase-left">
        {over ? `over by ${clockText(state.overtimeMs)}` : `${clockText(state.endsAt - (Date.now() + offsetMs))} left`}
      </span>
      <span className="visually-hidden" role="status">
        {cue ? `Now: ${phase?.name}, ${phase?.minutes} minutes.` : ''}
      </span>
      {canRun && (
        <>
          {!last && (
            <button type="button" onClick={() => onSet({ action: 'go', index: state.index + 1 })}>
              Next phase
            </button>
          )}
          <button type="button" onClick={() => onSet({ action: 'stop' })}>
            Stop
          </button>
        </>
      )}
    </div>
  );
}

/** True for a few seconds after the phase changes (not when the page first shows it). */
function usePhaseCue(key: string | null): boolean {
  const first = useRef(key);
  const [cue, setCue] = useState(false);
  useEffect(() => {
    if (key === null || key === first.current) return;
    first.current = key;
    setCue(true);
    const timer = setTimeout(() => setCue(false), 4000);
    return () => clearTimeout(timer);
  }, [key]);
  return cue;
}

/** The interviewer's plan: the phases and their minutes (a 45-minute default, or the half's), then Start. */
function PhasePlan({ defaults, onStart }: { defaults: readonly Phase[]; onStart: (phases: Phase[]) => void }) {
  const [phases, setPhases] = useState<Phase[]>(() => defaults.map((p) => ({ ...p })));
  const change = (index: number, patch: Partial<Phase>) =>
    setPhases((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const total = phases.reduce((sum, p) => sum + p.minutes, 0);
  return (
    <details className="phase-plan" data-testid="phase-plan">
      <summary>Phase timer</summary>
      <form
        className="phase-plan-form"
        onSubmit={(event) => {
          event.preventDefault();
          onStart(phases.map((p) => ({ name: p.name.trim(), minutes: p.minutes })));
        }}
      >
        <ol>
          {phases.map((phase, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its place in the plan.
            <li key={index}>
              <label>
                <span className="visually-hidden">Phase {index + 1} name</span>
                <input
                  value={phase.name}
                  maxLength={PHASE_LIMITS.maxName}
                  required
                  onChange={(e) => change(index, { name: e.target.value })}
                />
              </label>
              <label>
                <input
                  type="number"
                  min={1}
                  max={PHASE_LIMITS.maxMinutes}
                  value={phase.minutes}
                  required
                  onChange={(e) => change(index, { minutes: Math.max(1, Math.round(Number(e.target.value) || 1)) })}
                />{' '}
                min<span className="visually-hidden"> for phase {index + 1}</span>
              </label>
              <button
                type="button"
                className="link-button"
                disabled={phases.length === 1}
                onClick={() => setPhases((list) => list.filter((_, i) => i !== index))}
              >
                Remove<span className="visually-hidden"> phase {index + 1}</span>
              </button>
            </li>
          ))}
        </ol>
        <p className="phase-plan-actions">
          <button
            type="button"
            disabled={phases.length >= PHASE_LIMITS.maxPhases}
            onClick={() => setPhases((list) => [...list, { name: 'Phase', minutes: 5 }])}
          >
            Add a phase
          </button>
          <span>{total} minutes in all</span>
          <button type="submit" className="primary">
            Start
          </button>
        </p>
      </form>
    </details>
  );
}
