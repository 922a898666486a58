import { formatDuration } from '@dryrun/shared';
import { formatClockSeconds } from '../report/reportFormat.ts';
import { type Playback, SPEEDS, type Speed } from './usePlayback.ts';

/** The slider's step (arrow keys move it by this much): a tenth of a second of playback. */
const SLIDER_STEP_MS = 100;

/** Play and pause, the previous and next event, the speed, and the slider over the whole session. */
export function ReplayControls({ playback, duration }: { playback: Playback; duration: number }) {
  const { playing, speed, played, position } = playback;
  // A whole number of steps, so that the slider's end is the session's end.
  const max = Math.max(Math.ceil(duration / SLIDER_STEP_MS), 1) * SLIDER_STEP_MS;
  return (
    <div className="replay-controls" data-testid="replay-controls">
      <div className="replay-buttons">
        <button type="button" onClick={playback.previousEvent} title="Previous event (←)">
          ‹ Previous
        </button>
        <button
          type="button"
          className="primary replay-play"
          onClick={playback.toggle}
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
        >
          {playing ? '⏸ Pause' : '▶ Play'}
        </button>
        <button type="button" onClick={playback.nextEvent} title="Next event (→)">
          Next ›
        </button>
        <label className="replay-speed">
          Speed{' '}
          <select value={speed} onChange={(e) => playback.setSpeed(Number(e.target.value) as Speed)}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <p className="replay-time" data-testid="replay-time">
          <time dateTime={new Date(position.at).toISOString()}>
            {formatClockSeconds(new Date(position.at).toISOString())}
          </time>
          <span className="replay-muted">
            {' '}
            · {formatDuration(played)} of {formatDuration(duration)}
          </span>
        </p>
      </div>
      <input
        type="range"
        className="replay-slider"
        min={0}
        max={max}
        step={SLIDER_STEP_MS}
        // On the step grid: a value off it would be moved onto it by the browser, and come back
        // as a change (a seek to somewhere else).
        value={played >= duration ? max : Math.round(played / SLIDER_STEP_MS) * SLIDER_STEP_MS}
        onChange={(e) => playback.seekPlayed(Math.min(Number(e.target.value), duration))}
        aria-label="Position in the session"
        aria-valuetext={`${formatDuration(played)} of ${formatDuration(duration)}, ${formatClockSeconds(new Date(position.at).toISOString())}`}
        data-testid="replay-slider"
      />
    </div>
  );
}
