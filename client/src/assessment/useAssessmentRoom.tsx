import { halfIsOver, type RunRecord, SCRATCH_PROBLEM } from '@dryrun/shared';
import { type ReactNode, useEffect } from 'react';
import type { EditorGuard } from '../room/EditorPane.tsx';
import type { RoomConnection, RoomState } from '../sync/RoomConnection.ts';
import type { ProblemChooser } from '../sync/useProblemChooser.ts';
import { AssessmentBar } from './AssessmentBar.tsx';
import { AssessmentEnded } from './AssessmentEnded.tsx';
import { useTimeLeft } from './Countdown.tsx';
import { HintLadder } from './HintLadder.tsx';
import { IntegrityStrip } from './IntegrityStrip.tsx';
import { ProblemTabs } from './ProblemTabs.tsx';
import { practiceHistory } from './practiceHistory.ts';
import { useIntegrity } from './useIntegrity.ts';
import './assessment.css';

/** What an assessment adds to the room's page; a pair room gets only its records of pastes and leaving the page. */
export interface AssessmentRoom {
  /** The candidate has not started yet: the start page stands in for the room. */
  start: boolean;
  /** Whether the code may be worked on now: always in a pair room; in an attempt, while it runs. */
  open: boolean;
  /** Whether the editor has its code to show: in an attempt, once a problem is in front of it. */
  hasCode: boolean;
  bar: ReactNode;
  banner: ReactNode;
  tabs: ReactNode;
  guard: EditorGuard | undefined;
  side: ReactNode;
}

/**
 * An attempt on the room's page: the countdown by the server's deadline (editing closes at
 * zero, as the server does), the problems as tabs, "Finish early", the integrity records and
 * strict mode's guard, the hints when allowed, and the banner once it ends. Keeps this
 * browser's practice history up to date.
 */
export function useAssessmentRoom(
  connection: RoomConnection,
  state: RoomState,
  {
    problem,
    chooser,
    reportHref,
    runs,
  }: { problem: string | null; chooser: ProblemChooser; reportHref: string; runs: readonly RunRecord[] },
): AssessmentRoom {
  const settings = state.welcome?.assessment ?? null;
  const phase = state.assessment;
  const msLeft = useTimeLeft(phase && phase.phase !== 'ready' ? phase.deadline : null, state.clockOffsetMs);
  const candidate = state.welcome?.role === 'candidate';
  const running = phase?.phase === 'running' && msLeft !== 0;
  // A pair room's candidate is recorded too (pastes, leaving the page), for the replay: shown
  // to them as it happens, never blocked; not once the half is over (the session went on).
  const integrity = useIntegrity(connection, {
    running: candidate && (settings ? running : state.welcome !== null && !halfIsOver(state.timeline)),
    strict: settings?.strict ?? false,
    problem: settings ? problem : (problem ?? SCRATCH_PROBLEM),
  });
  const roomId = state.welcome?.roomId;
  useEffect(() => {
    if (roomId && phase) practiceHistory.progressed(roomId, phase);
  }, [roomId, phase]);

  if (!settings || !phase) {
    const role = state.welcome?.role;
    return {
      start: false,
      open: true,
      hasCode: true,
      bar: null,
      banner: null,
      tabs: null,
      guard: candidate ? integrity.guard : undefined,
      side:
        role === 'candidate' || role === 'interviewer' ? (
          <IntegrityStrip
            timeline={state.timeline}
            titleOf={() => state.problem?.title ?? 'the blank pad'}
            audience={role === 'candidate' ? 'candidate' : 'interviewer'}
            strict={false}
            blocked={null}
          />
        ) : null,
    };
  }
  if (phase.phase === 'ready') {
    const none = { bar: null, banner: null, tabs: null, guard: undefined, side: null };
    return { start: candidate, open: false, hasCode: false, ...none };
  }
  const solved = new Set(
    runs
      .filter((r) => r.mode === 'submit' && r.report && r.report.total > 0 && r.report.passed === r.report.total)
      .map((r) => r.problemSlug),
  );
  const current = phase.problems.find((p) => p.slug === problem);
  return {
    start: false,
    open: running,
    // Just started: the first problem is on its way (an attempt has no scratch pad).
    hasCode: problem !== null,
    bar:
      phase.phase === 'running' && msLeft !== null ? (
        <AssessmentBar
          msLeft={msLeft}
          canFinish={candidate && running}
          onFinish={() => connection.finishAssessment()}
        />
      ) : null,
    banner: phase.phase === 'ended' ? <AssessmentEnded state={phase} reportHref={reportHref} /> : null,
    tabs: (
      <ProblemTabs
        problems={phase.problems}
        current={problem}
        chooser={chooser}
        solved={solved}
        canChoose={candidate ? running : phase.phase === 'ended'}
      />
    ),
    guard: candidate ? integrity.guard : undefined,
    side: (
      <>
        {candidate && settings.hints && current && (
          <HintLadder
            problem={current}
            hints={state.hints}
            canReveal={running}
            onReveal={(index) => connection.revealHint(index)}
          />
        )}
        <IntegrityStrip
          timeline={state.timeline}
          titleOf={(slug) => phase.problems.find((p) => p.slug === slug)?.title ?? slug}
          audience="attempt"
          strict={settings.strict}
          blocked={integrity.blocked}
        />
      </>
    ),
  };
}
