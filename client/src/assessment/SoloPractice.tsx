import {
  ASSESSMENT_PRESETS,
  type CreateAssessmentRequest,
  EXTRA_TIME_PERCENTS,
  type ExtraTimePercent,
} from '@dryrun/shared';
import { type FormEvent, useId, useState } from 'react';
import { createAssessment } from '../api.ts';
import { type CustomChoice, CustomSet, customRequest, customSummary, DEFAULT_CUSTOM } from './CustomSet.tsx';
import { PracticeHistory } from './PracticeHistory.tsx';
import { practiceHistory } from './practiceHistory.ts';
import './assessment.css';

/**
 * The home page's solo practice: a preset or a custom set, options chosen before the start
 * (extra time, strict mode, hints), and this browser's past attempts. Creating one opens it.
 */
export function SoloPractice() {
  const id = useId();
  const [preset, setPreset] = useState<string>('screen');
  const [custom, setCustom] = useState<CustomChoice>(DEFAULT_CUSTOM);
  const [extraTimePercent, setExtraTime] = useState<ExtraTimePercent>(0);
  const [strict, setStrict] = useState(false);
  const [hints, setHints] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = ASSESSMENT_PRESETS.find((p) => p.id === preset);
    const request: CreateAssessmentRequest = {
      ...(chosen ? chosen.request : customRequest(custom)),
      extraTimePercent,
      strict,
      hints,
    };
    const summary = chosen ? `${chosen.title}: ${chosen.summary}` : customSummary(custom);
    setBusy(true);
    setError(null);
    try {
      const made = await createAssessment(request);
      practiceHistory.created(made, summary);
      window.location.assign(made.links.candidate);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not create the assessment.');
      setBusy(false);
    }
  };

  return (
    <section className="stack solo-practice" aria-labelledby={`${id}-heading`} data-testid="solo-practice">
      <h2 id={`${id}-heading`}>Solo practice</h2>
      <p>
        A timed assessment, alone: a countdown the server keeps, hidden tests, the latest code of every problem judged
        at the end, and a published score.
      </p>
      <form onSubmit={create} className="stack">
        <fieldset className="stack">
          <legend>Assessment</legend>
          {ASSESSMENT_PRESETS.map((p) => (
            <label key={p.id} className="choice">
              <input type="radio" name={`${id}-preset`} checked={preset === p.id} onChange={() => setPreset(p.id)} />
              <span>
                <strong>{p.title}</strong>: {p.summary}
              </span>
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              name={`${id}-preset`}
              checked={preset === 'custom'}
              onChange={() => setPreset('custom')}
            />
            <span>
              <strong>Custom</strong>: choose the count, difficulty, topics and time
            </span>
          </label>
        </fieldset>
        {preset === 'custom' && <CustomSet value={custom} onChange={setCustom} />}
        <fieldset className="stack">
          <legend>Options, set before the start</legend>
          <label>
            Extra time{' '}
            <select value={extraTimePercent} onChange={(e) => setExtraTime(Number(e.target.value) as ExtraTimePercent)}>
              {EXTRA_TIME_PERCENTS.map((p) => (
                <option key={p} value={p}>
                  {p === 0 ? 'None' : `+${p} %`}
                </option>
              ))}
            </select>
          </label>
          <label className="choice">
            <input type="checkbox" checked={strict} onChange={(e) => setStrict(e.target.checked)} />
            Strict mode: block pasting into the editor
          </label>
          <label className="choice">
            <input type="checkbox" checked={hints} onChange={(e) => setHints(e.target.checked)} />
            Allow hints (each costs 10 % of its problem's points)
          </label>
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'New solo practice'}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <PracticeHistory />
    </section>
  );
}
