import {
  codeText,
  type ErrorReason,
  LANGUAGES,
  type Language,
  NAME_PARAM,
  type RunRecord,
  reportPath,
  SCRATCH_PROBLEM,
  TOKEN_PARAM,
} from '@dryrun/shared';
import { Suspense, useEffect, useRef, useState } from 'react';
import type { EditorHandle } from '../editor/CollabEditor.tsx';
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
import { ConnectionStatus } from './ConnectionStatus.tsx';
import { NamePrompt } from './NamePrompt.tsx';
import { ParticipantsList } from './ParticipantsList.tsx';

const NAME_KEY = 'dryrun:name';
/** Refusals the connection recovers from by itself (it resyncs): nothing to tell the person. */
const HANDLED_QUIETLY: ReadonlySet<ErrorReason> = new Set(['RATE_LIMITED', 'OUT_OF_SYNC']);
const LANGUAGE_LABEL: Record<Language, string> = { javascript: 'JavaScript', typescript: 'TypeScript' };

export function RoomPage({ roomId }: { roomId: string }) {
  const params = new URLSearchParams(window.location.search);
  const token = params.get(TOKEN_PARAM) ?? '';
  const [name, setName] = useState<string | null>(() => params.get(NAME_PARAM)?.trim() || null);
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
    return (
      <NamePrompt
        initial={localStorage.getItem(NAME_KEY) ?? ''}
        onSubmit={(chosen) => {
          localStorage.setItem(NAME_KEY, chosen);
          setName(chosen);
        }}
      />
    );
  }
  if (!connection) return null;
  return (
    <Room
      connection={connection}
      name={name}
      reportHref={`${reportPath(roomId)}?${TOKEN_PARAM}=${encodeURIComponent(token)}`}
    />
  );
}

function Room({ connection, name, reportHref }: { connection: RoomConnection; name: string; reportHref: string }) {
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
  return (
    <div className="room">
      <header className="room-header">
        <a href="/" className="brand">
          DryRun
        </a>
        <h1 className="room-title">{welcome?.title ?? 'Joining…'}</h1>
        {welcome && <span className={`role role-${welcome.role}`}>You are the {welcome.role}</span>}
        <label className="language">
          <span className="visually-hidden">Language</span>
          <select value={language} disabled={!canEdit} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABEL[l]}
              </option>
            ))}
          </select>
        </label>
        {welcome && canEdit && (
          <RunButtons
            requester={requester}
            hasProblem={hasProblem}
            padTests={state.padTests}
            customInput={hasProblem ? customInputToSend(customInput) : undefined}
          />
        )}
        <ConnectionStatus state={state} />
      </header>
      <FeedbackBanner feedback={state.feedback} role={welcome?.role} reportHref={reportHref} />
      {state.lastRejection && !HANDLED_QUIETLY.has(state.lastRejection.reason) && (
        <p className="notice" role="status">
          {state.lastRejection.message}
        </p>
      )}
      <main className="room-body">
        <ProblemPane
          slug={state.problemSlug}
          problem={state.problem}
          picker={isInterviewer ? <ProblemPicker current={state.problemSlug} chooser={chooser} /> : null}
          padQuestion={
            <>
              <PadQuestion doc={connection.question} canWrite={isInterviewer} />
              <PadTests view={state.padTests} connection={connection} canWrite={isInterviewer} />
            </>
          }
        />
        <div className="workspace">
          <section className="editor-pane" aria-label="Code editor">
            {state.localLoaded || state.synced ? (
              <Suspense fallback={<p className="loading">Loading the editor…</p>}>
                <CollabEditor
                  key={`${problem}/${language}`}
                  ref={editor}
                  ytext={codeText(connection.shared, problem, language)}
                  awareness={connection.awareness}
                  language={language}
                  readOnly={!canEdit}
                  ariaLabel={`Shared ${LANGUAGE_LABEL[language]} code editor${canEdit ? '' : ' (read only)'}`}
                  fileName={language === 'typescript' ? 'solution.ts' : 'solution.js'}
                />
              </Suspense>
            ) : (
              <p className="loading">Loading your code…</p>
            )}
          </section>
          <RunPanel
            runs={runs}
            customInput={canEdit && hasProblem ? { value: customInput, onChange: setCustomInput } : null}
            goToFor={goToFor}
            claimFor={(slug) => claims.findLast((c) => c.problemSlug === slug) ?? null}
            liveOutput={liveOutput}
          />
        </div>
        <aside className="sidebar">
          <RevealedHints hints={state.hints} problemSlug={state.problemSlug} />
          <ParticipantsList participants={state.participants} selfId={welcome?.self.id} />
          {/* Keyed by role: the first tab follows the role once the server has said it. */}
          <SidePanel key={welcome?.role ?? 'joining'} initial={isInterviewer ? 'guide' : 'think'} tabs={sideTabs()} />
        </aside>
      </main>
    </div>
  );
}
