import {
  editsFromBase64,
  momentKey,
  type PlacedEvent,
  type Role,
  SCRATCH_PROBLEM,
  type SessionHistory,
  SessionReplay,
  problemOfEvent,
  problemsOfTimeline,
} from '@dryrun/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EventList } from './EventList.tsx';
import { ExportSession } from './ExportSession.tsx';
import { ReplayCode, type Writer } from './ReplayCode.tsx';
import { ReplayControls } from './ReplayControls.tsx';
import { TimelineStrip } from './TimelineStrip.tsx';
import { JUMP_MS, type Playback, usePlayback } from './usePlayback.ts';
import './replay.css';

const WRITER_LABEL: Record<Writer, string> = {
  candidate: 'Candidate',
  interviewer: 'Interviewer',
  observer: 'Observer',
  server: 'Starter code',
};

/**
 * A session played back: the code at the playhead with who typed what, the controls, the
 * strip of events and their list. Keyboard: Space or K plays and pauses, ← and → go to the
 * previous and next event, J and L move 10 seconds, Home and End go to either end.
 */
export function SessionPlayer({
  history,
  token,
  moment,
}: {
  history: SessionHistory;
  token: string;
  moment: string | null;
}) {
  const replay = useMemo(() => new SessionReplay(editsFromBase64(history.edits), history.timeline), [history]);
  const start = useMemo(
    () => (moment ? (replay.events.find((placed) => momentKey(placed.event) === moment) ?? null) : null),
    [replay, moment],
  );
  const playback = usePlayback(replay, start);
  const titleOf = useCallback(
    (slug: string) => (slug === SCRATCH_PROBLEM ? 'Blank pad' : (history.problemTitles[slug] ?? slug)),
    [history],
  );
  const writers = useMemo(() => new Map(history.authors.map((a) => [a.clientId, a.role])), [history]);
  const writerOf = (clientId: number | null): Writer =>
    clientId === null ? 'server' : (writers.get(clientId) ?? 'server');
  const names = useMemo(() => namesByRole(history), [history]);

  const problems = useMemo(() => {
    const touched = problemsOfTimeline(history.timeline);
    return touched.length > 0 ? touched : [SCRATCH_PROBLEM];
  }, [history]);
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = chosen ?? problemAt(replay.eventsBefore(playback.position), problems);

  useKeyboard(playback, replay.clock.duration);

  return (
    <article className="replay" aria-labelledby="replay-title" data-testid="replay">
      <header className="replay-header">
        <div>
          <span className="report-eyebrow">{history.kind === 'assessment' ? 'Solo practice' : 'Pair interview'}</span>
          <h1 id="replay-title">Replay: {history.title}</h1>
          <p className="replay-muted replay-small">
            Space plays and pauses · ← → previous and next event · J L ten seconds · Home End either end · idle
            stretches are skipped
          </p>
        </div>
        <ExportSession roomId={history.roomId} token={token} />
      </header>
      <div className="replay-body">
        <div className="replay-main">
          {problems.length > 1 && (
            <fieldset className="replay-problems">
              <legend className="visually-hidden">Problem shown</legend>
              {problems.map((slug) => (
                <button
                  key={slug}
                  type="button"
                  aria-pressed={slug === shown}
                  onClick={() => setChosen(slug)}
                  className="replay-problem"
                >
                  {titleOf(slug)}
                </button>
              ))}
            </fieldset>
          )}
          <ReplayCode
            replay={replay}
            edits={playback.position.edits}
            problem={shown}
            problemTitle={titleOf(shown)}
            writerOf={writerOf}
          />
          <ul className="replay-legend" aria-label="Who typed what">
            {(['candidate', 'interviewer', 'server'] as const).map((writer) => (
              <li key={writer}>
                <span className={`replay-swatch replay-by-${writer}`} aria-hidden="true" />
                {WRITER_LABEL[writer]}
                {writer !== 'server' && names[writer] ? ` (${names[writer]})` : ''}
              </li>
            ))}
          </ul>
          <ReplayControls playback={playback} duration={replay.clock.duration} />
          <TimelineStrip replay={replay} played={playback.played} onSeekPlayed={playback.seekPlayed} />
        </div>
        <EventList events={replay.events} current={playback.current} onSeek={playback.seekEvent} titleOf={titleOf} />
      </div>
    </article>
  );
}

/** The replay's keys, on the whole page except where a control needs them itself. */
function useKeyboard(current: Playback, duration: number): void {
  const latest = useRef({ playback: current, duration });
  latest.current = { playback: current, duration };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      const tag = target?.tagName;
      // The code's box scrolls with these itself (long lines sideways).
      const inControl = tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'PRE';
      const onButton = tag === 'BUTTON' || tag === 'A';
      const { playback, duration } = latest.current;
      const act: Record<string, (() => void) | undefined> = {
        ' ': onButton || inControl ? undefined : playback.toggle,
        k: tag === 'INPUT' || tag === 'TEXTAREA' ? undefined : playback.toggle,
        ArrowLeft: inControl ? undefined : playback.previousEvent,
        ArrowRight: inControl ? undefined : playback.nextEvent,
        j: tag === 'INPUT' || tag === 'TEXTAREA' ? undefined : () => playback.seekPlayed(playback.played - JUMP_MS),
        l: tag === 'INPUT' || tag === 'TEXTAREA' ? undefined : () => playback.seekPlayed(playback.played + JUMP_MS),
        Home: inControl ? undefined : () => playback.seekPlayed(0),
        End: inControl ? undefined : () => playback.seekPlayed(duration),
      };
      const action = act[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** The name each role went by last on the timeline. */
function namesByRole(history: SessionHistory): Partial<Record<Role, string>> {
  const names: Partial<Record<Role, string>> = {};
  for (const event of history.timeline) if (event.by) names[event.by.role] = event.by.name;
  return names;
}

/** The problem in front of the room at a moment: the latest one put there or worked on. */
function problemAt(before: readonly PlacedEvent[], problems: readonly string[]): string {
  for (const { event } of before) {
    const slug = problemOfEvent(event);
    if (slug) return slug;
  }
  return problems[0] ?? SCRATCH_PROBLEM;
}
