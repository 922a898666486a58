import { useEffect, useState } from 'react';

/** Warnings, in minutes left: each is announced once, when the clock passes it. */
const WARNINGS = [5, 1] as const;

/** Milliseconds until `deadline` by the server's clock (the browser's plus `offsetMs`), ticking. */
export function useTimeLeft(deadline: string | null, offsetMs: number): number | null {
  const left = () => (deadline === null ? null : Math.max(0, Date.parse(deadline) - (Date.now() + offsetMs)));
  const [ms, setMs] = useState(left);
  useEffect(() => {
    if (deadline === null) return;
    const tick = () => setMs(Math.max(0, Date.parse(deadline) - (Date.now() + offsetMs)));
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [deadline, offsetMs]);
  return ms;
}

/** `1:04:09`, `44:59`, `0:07`. */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * The time left, as the server keeps it: shown every second, amber from 5 minutes, red from
 * 1, and each of those said once to screen readers (and shown as a notice).
 */
export function Countdown({ msLeft }: { msLeft: number }) {
  const minutes = msLeft / 60_000;
  const passed = WARNINGS.filter((w) => minutes <= w);
  const level = minutes <= 1 ? 'critical' : minutes <= 5 ? 'warning' : 'calm';
  const warning = passed.at(-1);
  return (
    <div className={`countdown countdown-${level}`} data-testid="countdown">
      <span className="visually-hidden">Time left: </span>
      <span className="countdown-clock" aria-hidden={msLeft > 0 ? undefined : true}>
        {clockText(msLeft)}
      </span>
      <span role="status" className="countdown-note">
        {msLeft === 0 ? 'Time is up' : warning !== undefined ? `${warning} minute${warning === 1 ? '' : 's'} left` : ''}
      </span>
    </div>
  );
}
