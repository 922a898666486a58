import {
  assessmentReportPath,
  type ErrorReason,
  NAME_PARAM,
  type RunRecord,
  replayPath,
  reportPath,
  SCRATCH_PROBLEM,
  TOKEN_PARAM,
} from '@dryrun/shared';
import { useEffect, useRef, useState } from 'react';
import { AssessmentStart } from '../assessment/AssessmentStart.tsx';
import { practiceHistory } from '../assessment/practiceHistory.ts';
import { PhaseTimer } from '../phases/PhaseTimer.tsx';
import { useAssessmentRoom } from '../assessment/useAssessmentRoom.tsx';
import { browserStorage } from '../browserStorage.ts';
import type { EditorHandle } from '../editor/CollabEditor.tsx';
import { EditorPreferencesContext, useStoredEditorPreferences } from '../editor/editorPreferences.ts';
import { FeedbackBanner } from '../interview/FeedbackBanner.tsx';
import { RevealedHints } from '../interview/RevealedHints.tsx';
import { SidePanel } from '../interview/SidePanel.tsx';
import type { LineTools } from '../interview/ThinkAloudPane.tsx';
import { RoomLayout } from '../layout/RoomLayout.tsx';
import { PadQuestion } from '../problem/PadQuestion.tsx';
import { PadTests } from '../problem/PadTests.tsx';
import { ProblemPane } from '../problem/ProblemPane.tsx';
import { ProblemPicker } from '../problem/ProblemPicker.tsx';
import type { GoToCode } from '../runs/CodeLocation.tsx';
import { CLOSED_CUSTOM_INPUT, customInputToSend } from '../runs/CustomInput.tsx';
import { RunButtons } from '../runs/RunButtons.tsx';
import { RunPanel } from '../runs/RunPanel.tsx';
import { useSessionRoom } from '../session/useSessionRoom.tsx';
import type { RequestResult, RoomConnection } from '../sync/RoomConnection.ts';
import { useLanguage } from '../sync/useLanguage.ts';
import { useProblemChooser } from '../sync/useProblemChooser.ts';
import { useRoom, useRoomState } from '../sync/useRoom.ts';
import { useRunOutput, useRunRequester, useRuns } from '../sync/useRuns.ts';
import { EditorPane } from './EditorPane.tsx';
import { interviewTabs } from './interviewTabs.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { ParticipantsList } from './ParticipantsList.tsx';
import { RoomHeader } from './RoomHeader.tsx';
import { ShortcutsDialog, useQuestionMarkKey } from './ShortcutsDialog.tsx';
import './room.css';

/** The name this browser last joined under, asked for once and then used for every room. */
const NAME_KEY = 'dryrun:name';
/** Refusals the connection recovers from by itself (it resyncs): nothing to tell the person. */
const HANDLED_QUIETLY: ReadonlySet<ErrorReason> = new Set(['RATE_LIMITED', 'OUT_OF_SYNC']);

/** A pair room (`/room/:id`), or a solo assessment (`/assessment/:id`): the same room underneath. */
export function RoomPage({ roomId, kind = 'room' }: { roomId: string; kind?: 'room' | 'assessment' }) {
  const params = new URLSearchParams(window.location.search);
  const token = params.get(TOKEN_PARAM) ?? '';
  const [name, setName] = useState<string | null>(
    () => params.get(NAME_PARAM)?.trim() || browserStorage.getItem(NAME_KEY)?.trim() || null,
  );
  const chooseName = (chosen: string) => {
    browserStorage.setItem(NAME_KEY, chosen);
    setName(chosen);
  };
  const connection = useRoom(roomId, token, name);
  // In the room, a new name is shown without leaving it; this browser remembers it once taken.
  const rename = async (chosen: string): Promise<RequestResult> => {
    const reply = connection
      ? await connection.rename(chosen)
      : ({ ok: false, reason: 'NOT_CONNECTED', message: 'Not in the room yet.' } as const);
    if (reply.ok) chooseName(chosen);
    return reply;
  };

  if (!token) {
    return (
      <main className="page narrow" role="alert">
        <h1>This link is incomplete</h1>
        <p>A room link carries a token. Ask the person who invited you for the full link.</p>
      </main>
    );
  }
  if (!name) {
    return <NamePrompt onSubmit={chooseName} />;
  }
  if (!connection) return null;
  return (
    <Room
      connection={connection}
      name={name}
      token={token}
      nameParam={params.get(NAME_PARAM)}
      reportHref={`${kind === 'assessment' ? assessmentReportPath(roomId) : reportPath(roomId)}?${TOKEN_PARAM}=${encodeURIComponent(token)}`}
      replayHref={(moment) =>
        replayPath(roomId, token, { moment, kind: kind === 'assessment' ? 'assessment' : 'pair' })
      }
      onRename={rename}
    />
  );
}

function Room({
  connection,
  name,
  token,
  nameParam,
  reportHref,
  replayHref,
  onRename,
}: {
  connection: RoomConnection;
  name: string;
  token: string;
  /** The name the link was opened with, if any: the session's next half keeps it. */
  nameParam: string | null;
  reportHref: string;
  /** The session's replay, at a moment (see `momentKey`) if one is given. */
  replayHref: (moment?: string) => string;
  onRename: (name: string) => Promise<RequestResult>;
}) {
  const state = useRoomState(connection);
  const welcome = state.welcome;
  // The interviewer may change the problem at any time: the editor follows `room:problem`.
  const problem = state.problemSlug ?? SCRATCH_PROBLEM;
  // In an assessment each problem keeps its own language, and is judged in it.
  const [language, setLanguage] = useLanguage(connection.shared, welcome?.assessment ? problem : undefined);
  const hasProblem = state.problemSlug !== null;
  const runs = useRuns(connection);
  const liveOutput = useRunOutput(connection);
  const requester = useRunRequester(connection, runs, welcome);
  const chooser = useProblemChooser(connection);
  const assessment = useAssessmentRoom(connection, state, { problem: state.problemSlug, chooser, reportHref, runs });
  const session = useSessionRoom(connection, state, { token, name: nameParam });
  const [customInput, setCustomInput] = useState(CLOSED_CUSTOM_INPUT);
  // Arguments written for one problem mean nothing to the next.
  const [customInputFor, setCustomInputFor] = useState(problem);
  if (customInputFor !== problem) {
    setCustomInputFor(problem);
    setCustomInput(CLOSED_CUSTOM_INPUT);
  }
  const editor = useRef<EditorHandle>(null);
  // An error's line is only worth a jump when the editor holds the code that was judged.
  const goToFor = (run: RunRecord): GoToCode =>
    run.problemSlug === problem && run.language === language
      ? (line, column) => editor.current?.goTo(line, column)
      : null;
  const lines: LineTools = {
    cursorLine: () => editor.current?.cursorLine() ?? null,
    goToLine: (line) => editor.current?.goTo(line, 1),
  };
  const preferences = useStoredEditorPreferences();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showShortcuts = () => setShortcutsOpen(true);
  useQuestionMarkKey(showShortcuts);

  useEffect(() => {
    if (!welcome) return;
    connection.awareness.setLocalStateField('user', { name, color: welcome.self.color, role: welcome.role });
  }, [connection, welcome, name]);

  if (assessment.start && welcome?.assessment) {
    return (
      <AssessmentStart
        settings={welcome.assessment}
        reviewLink={practiceHistory.reviewLink(welcome.roomId)}
        connected={state.status === 'connected'}
        onStart={() => connection.startAssessment()}
      />
    );
  }

  if (state.status === 'failed' && !welcome) {
    return (
      <main className="page narrow" role="alert" data-testid="room-error">
        <h1>Can't open this room</h1>
        <p>{state.error?.message}</p>
        <p>
          <a href="/">Start a new interview</a>
        </p>
      </main>
    );
  }

  const canEdit = connection.canEdit && assessment.open && session.open;
  const isInterviewer = welcome?.role === 'interviewer';
  // The problem, the blank pad and the timer are the interviewer's, until the half is over.
  const canSteer = isInterviewer && session.open;
  return (
    <EditorPreferencesContext value={preferences}>
      <div className="room">
        <RoomHeader
          state={state}
          language={{ value: language, set: setLanguage, canChange: canEdit }}
          runButtons={
            welcome && canEdit ? (
              <RunButtons
                requester={requester}
                hasProblem={hasProblem}
                padTests={state.padTests}
                customInput={hasProblem ? customInputToSend(customInput) : undefined}
              />
            ) : null
          }
          onShortcuts={showShortcuts}
          session={session.header}
          extra={
            assessment.bar ??
            (welcome && !welcome.assessment && session.open ? (
              <PhaseTimer
                timeline={state.timeline}
                offsetMs={state.clockOffsetMs}
                canRun={canSteer}
                onSet={(request) => void connection.setPhases(request)}
                defaults={session.phaseDefaults}
              />
            ) : null)
          }
        />
        {assessment.banner ?? (
          <>
            {session.banner}
            <FeedbackBanner
              feedback={state.feedback}
              role={welcome?.role}
              reportHref={reportHref}
              sealed={session.sealed}
            />
          </>
        )}
        {state.lastRejection && !HANDLED_QUIETLY.has(state.lastRejection.reason) && (
          <p className="notice" role="status">
            {state.lastRejection.message}
          </p>
        )}
        <main className="room-main">
          <RoomLayout
            parts={{
              problem: (pane) => (
                <ProblemPane
                  slug={state.problemSlug}
                  problem={state.problem}
                  pane={pane}
                  picker={
                    assessment.tabs ??
                    (canSteer ? <ProblemPicker current={state.problemSlug} chooser={chooser} /> : null)
                  }
                  padQuestion={
                    <>
                      <PadQuestion doc={connection.question} canWrite={canSteer} />
                      <PadTests view={state.padTests} connection={connection} canWrite={canSteer} />
                    </>
                  }
                />
              ),
              editor: (
                <EditorPane
                  connection={connection}
                  ready={(state.localLoaded || state.synced) && assessment.hasCode}
                  problem={problem}
                  language={language}
                  canEdit={canEdit}
                  editor={editor}
                  onShortcuts={showShortcuts}
                  guard={assessment.guard}
                />
              ),
              results: (
                <RunPanel
                  runs={runs}
                  problemSlug={problem}
                  customInput={canEdit && hasProblem ? { value: customInput, onChange: setCustomInput } : null}
                  goToFor={goToFor}
                  claimFor={(slug) => state.claims.findLast((c) => c.problemSlug === slug) ?? null}
                  liveOutput={liveOutput}
                />
              ),
              side: (
                <aside className="sidebar" aria-label="Interview">
                  {assessment.side}
                  <RevealedHints hints={state.hints} problemSlug={state.problemSlug} />
                  <ParticipantsList
                    participants={state.participants}
                    selfId={welcome?.self.id}
                    status={state.status}
                    onRename={onRename}
                  />
                  {/* Keyed by role: the first tab follows the role once the server has said it. */}
                  <SidePanel
                    key={welcome?.role ?? 'joining'}
                    initial={isInterviewer ? 'guide' : 'think'}
                    tabs={interviewTabs({
                      connection,
                      state,
                      problem,
                      runs,
                      lines,
                      author: name,
                      reportHref,
                      replayHref,
                      canEdit,
                      more: session.tabs,
                    })}
                  />
                </aside>
              ),
              sideLabel: 'Interview',
            }}
          />
        </main>
        <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      </div>
    </EditorPreferencesContext>
  );
}
