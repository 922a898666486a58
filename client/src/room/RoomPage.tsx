import {
  codeText,
  type ErrorReason,
  NAME_PARAM,
  type RunRecord,
  reportPath,
  SCRATCH_PROBLEM,
  TOKEN_PARAM,
} from '@dryrun/shared';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { EditorHandle } from '../editor/CollabEditor.tsx';
import { EditorPreferencesContext } from '../editor/editorPreferences.ts';
import { CollabEditor } from '../editor/LazyEditor.tsx';
import { ClaimPanel } from '../interview/ClaimPanel.tsx';
import { FeedbackBanner } from '../interview/FeedbackBanner.tsx';
import { GuidePanel } from '../interview/GuidePanel.tsx';
import { PrivateNotes } from '../interview/PrivateNotes.tsx';
import { RevealedHints } from '../interview/RevealedHints.tsx';
import { ScorecardPanel } from '../interview/ScorecardPanel.tsx';
import { SidePanel, type SideTab } from '../interview/SidePanel.tsx';
import { type LineTools, ThinkAloudPane } from '../interview/ThinkAloudPane.tsx';
import { PadQuestion } from '../problem/PadQuestion.tsx';
import { PadTests } from '../problem/PadTests.tsx';
import { ProblemPane } from '../problem/ProblemPane.tsx';
import { ProblemPicker } from '../problem/ProblemPicker.tsx';
import type { GoToCode } from '../runs/CodeLocation.tsx';
import { CLOSED_CUSTOM_INPUT, customInputToSend } from '../runs/CustomInput.tsx';
import { RunButtons } from '../runs/RunButtons.tsx';
import { RunPanel } from '../runs/RunPanel.tsx';
import type { RoomConnection } from '../sync/RoomConnection.ts';
import { useLanguage } from '../sync/useLanguage.ts';
import { useProblemChooser } from '../sync/useProblemChooser.ts';
import { useRoom, useRoomState } from '../sync/useRoom.ts';
import { useRunOutput, useRunRequester, useRuns } from '../sync/useRuns.ts';
import { browserStorage } from '../browserStorage.ts';
import { RoomLayout } from '../layout/RoomLayout.tsx';
import { useStoredFlag } from '../useStoredFlag.ts';
import { EditorStatusBar } from './EditorStatusBar.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { ParticipantsList } from './ParticipantsList.tsx';
import { LANGUAGE_LABEL, RoomHeader } from './RoomHeader.tsx';
import { ShortcutsDialog, TAB_FOCUS_SHORTCUT, useQuestionMarkKey } from './ShortcutsDialog.tsx';

/** The name this browser last joined under, asked for once and then used for every room. */
const NAME_KEY = 'dryrun:name';
const SCREEN_READER_KEY = 'dryrun:editor:screenReader';
const TAB_MOVES_FOCUS_KEY = 'dryrun:editor:tabMovesFocus';
/** Refusals the connection recovers from by itself (it resyncs): nothing to tell the person. */
const HANDLED_QUIETLY: ReadonlySet<ErrorReason> = new Set(['RATE_LIMITED', 'OUT_OF_SYNC']);

export function RoomPage({ roomId }: { roomId: string }) {
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
      reportHref={`${reportPath(roomId)}?${TOKEN_PARAM}=${encodeURIComponent(token)}`}
      onRename={chooseName}
    />
  );
}

function Room({
  connection,
  name,
  reportHref,
  onRename,
}: {
  connection: RoomConnection;
  name: string;
  reportHref: string;
  onRename: (name: string) => void;
}) {
  const state = useRoomState(connection);
  const [language, setLanguage] = useLanguage(connection.shared);
  const welcome = state.welcome;
  // The interviewer may change the problem at any time: the editor follows `room:problem`.
  const problem = state.problemSlug ?? SCRATCH_PROBLEM;
  const hasProblem = state.problemSlug !== null;
  const runs = useRuns(connection);
  const liveOutput = useRunOutput(connection);
  const requester = useRunRequester(connection, runs, welcome);
  const chooser = useProblemChooser(connection);
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
  const { claims, notes } = state;
  const [tabMovesFocus, setTabMovesFocus] = useStoredFlag(TAB_MOVES_FOCUS_KEY, false);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useQuestionMarkKey(() => setShortcutsOpen(true));
  const [screenReader, setScreenReader] = useStoredFlag(SCREEN_READER_KEY, false);
  const lines: LineTools = {
    cursorLine: () => editor.current?.cursorLine() ?? null,
    goToLine: (line) => editor.current?.goTo(line, 1),
  };

  useEffect(() => {
    if (!welcome) return;
    connection.awareness.setLocalStateField('user', { name, color: welcome.self.color, role: welcome.role });
  }, [connection, welcome, name]);

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

  const canEdit = connection.canEdit;
  const isInterviewer = welcome?.role === 'interviewer';
  const sideTabs = (): SideTab[] => {
    const tabs: SideTab[] = [
      {
        id: 'think',
        label: 'Think aloud',
        count: notes.filter((n) => n.problemSlug === problem).length,
        content: <ThinkAloudPane connection={connection} problemSlug={problem} canWrite={canEdit} lines={lines} />,
      },
      {
        id: 'claims',
        label: 'Big-O',
        count: claims.filter((c) => c.problemSlug === problem).length,
        content: hasProblem ? (
          <ClaimPanel connection={connection} problemSlug={problem} canWrite={canEdit} runs={runs} lines={lines} />
        ) : (
          <p className="hint">Complexity claims are made about a problem; this room is a blank pad.</p>
        ),
      },
    ];
    if (isInterviewer && connection.privateDoc) {
      tabs.unshift({
        id: 'guide',
        label: 'Guide',
        content: (
          <GuidePanel
            connection={connection}
            problemSlug={state.problemSlug}
            hints={state.hints}
            connected={state.status === 'connected'}
          />
        ),
      });
      tabs.push(
        { id: 'notes', label: 'Notes', content: <PrivateNotes privateDoc={connection.privateDoc} author={name} /> },
        {
          id: 'scorecard',
          label: 'Scorecard',
          content: (
            <ScorecardPanel
              connection={connection}
              privateDoc={connection.privateDoc}
              runs={runs}
              hints={state.hints}
              feedback={state.feedback}
              reportHref={reportHref}
            />
          ),
        },
      );
    }
    return tabs;
  };
  const editorPane = (
    <section className="editor-pane" aria-label="Code editor">
      <div className="editor-frame">
        {state.localLoaded || state.synced ? (
          <Suspense fallback={<p className="loading">Loading the editor…</p>}>
            <CollabEditor
              key={`${problem}/${language}`}
              ref={editor}
              ytext={codeText(connection.shared, problem, language)}
              awareness={connection.awareness}
              language={language}
              readOnly={!canEdit}
              ariaLabel={`Shared ${LANGUAGE_LABEL[language]} code editor${canEdit ? '' : ' (read only)'}. ${TAB_FOCUS_SHORTCUT} switches whether Tab leaves the editor.`}
              fileName={language === 'typescript' ? 'solution.ts' : 'solution.js'}
            />
          </Suspense>
        ) : (
          <p className="loading">Loading your code…</p>
        )}
      </div>
      <EditorStatusBar tabMovesFocus={tabMovesFocus} readOnly={!canEdit} onShortcuts={() => setShortcutsOpen(true)} />
    </section>
  );
  return (
    <EditorPreferencesContext
      value={{ tabMovesFocus, toggleTabMovesFocus: () => setTabMovesFocus(!tabMovesFocus), screenReader }}
    >
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
          onShortcuts={() => setShortcutsOpen(true)}
        />
        <FeedbackBanner feedback={state.feedback} role={welcome?.role} reportHref={reportHref} />
        {state.lastRejection && !HANDLED_QUIETLY.has(state.lastRejection.reason) && (
          <p className="notice" role="status">
            {state.lastRejection.message}
          </p>
        )}
        <main className="room-main">
          <RoomLayout
            layoutKey={welcome?.role ?? 'joining'}
            parts={{
              problem: (pane) => (
                <ProblemPane
                  slug={state.problemSlug}
                  problem={state.problem}
                  pane={pane}
                  picker={isInterviewer ? <ProblemPicker current={state.problemSlug} chooser={chooser} /> : null}
                  padQuestion={
                    <>
                      <PadQuestion doc={connection.question} canWrite={isInterviewer} />
                      <PadTests view={state.padTests} connection={connection} canWrite={isInterviewer} />
                    </>
                  }
                />
              ),
              editor: editorPane,
              results: (
                <RunPanel
                  runs={runs}
                  problemSlug={problem}
                  customInput={canEdit && hasProblem ? { value: customInput, onChange: setCustomInput } : null}
                  goToFor={goToFor}
                  claimFor={(slug) => claims.findLast((c) => c.problemSlug === slug) ?? null}
                  liveOutput={liveOutput}
                />
              ),
              side: (
                <aside className="sidebar" aria-label="Interview">
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
                    tabs={sideTabs()}
                  />
                </aside>
              ),
              sideLabel: 'Interview',
            }}
          />
        </main>
        <ShortcutsDialog
          open={shortcutsOpen}
          onClose={() => setShortcutsOpen(false)}
          screenReader={screenReader}
          onScreenReader={setScreenReader}
          tabMovesFocus={tabMovesFocus}
          onTabMovesFocus={setTabMovesFocus}
        />
      </div>
    </EditorPreferencesContext>
  );
}
