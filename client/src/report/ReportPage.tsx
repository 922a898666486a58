import { type ErrorReason, roomPath, TOKEN_PARAM } from '@dryrun/shared';
import { type ReactNode, useEffect } from 'react';
import { Report } from './Report.tsx';
import { NOT_READY_RECHECK_MS, useReport } from './useReport.ts';
import './report.css';

/**
 * `/room/:id/report?token=…`: the feedback report of a room, for its candidate and its
 * interviewer. A page of its own (no socket, no editor) so that it loads fast, prints, and
 * keeps a stable address the room can link to.
 */
export function ReportPage({ roomId }: { roomId: string }) {
  const token = new URLSearchParams(window.location.search).get(TOKEN_PARAM) ?? '';
  const { state, reload } = useReport(roomId, token);
  const roomLink = `${roomPath(roomId)}?${new URLSearchParams({ [TOKEN_PARAM]: token })}`;

  useEffect(() => {
    document.title = state.status === 'ready' ? `Feedback: ${state.report.title} — DryRun` : 'Feedback — DryRun';
  }, [state]);

  return (
    <div className="report-shell">
      <header className="report-topbar">
        <a href="/" className="brand">
          DryRun
        </a>
        <span className="report-topbar-title">Feedback report</span>
        {token && (
          <a href={roomLink} className="report-back">
            Back to the room
          </a>
        )}
      </header>
      <main className="report-main" id="main">
        {!token ? (
          <PageMessage title="This link is incomplete">
            <p>A report link carries a token. Open the report from the room, or ask for the full link.</p>
          </PageMessage>
        ) : state.status === 'loading' ? (
          <p className="loading" role="status">
            Loading the feedback…
          </p>
        ) : state.status === 'not_ready' ? (
          <section className="report-wait" aria-labelledby="wait-title" data-testid="report-not-ready">
            <h1 id="wait-title">Feedback is on its way</h1>
            <p role="status">The interviewer has not submitted feedback yet.</p>
            <p className="report-hint-text">
              This page checks again every {NOT_READY_RECHECK_MS / 1000} seconds and shows the report as soon as it is
              ready.
            </p>
            <p className="report-wait-actions">
              <button type="button" onClick={reload} disabled={state.checking}>
                {state.checking ? 'Checking…' : 'Check now'}
              </button>
              <a href={roomLink}>Back to the room</a>
            </p>
          </section>
        ) : state.status === 'refused' ? (
          <PageMessage title={refusalTitle(state.reason)}>
            <p>{state.message}</p>
            {state.reason === 'INTERNAL' || state.reason === 'RATE_LIMITED' ? (
              <button type="button" onClick={reload}>
                Try again
              </button>
            ) : (
              <p>{refusalAdvice(state.reason)}</p>
            )}
          </PageMessage>
        ) : state.status === 'offline' ? (
          <PageMessage title="Can't reach the server">
            <p>The report could not be loaded. Check your connection, then try again.</p>
            <button type="button" onClick={reload}>
              Try again
            </button>
          </PageMessage>
        ) : (
          <Report report={state.report} token={token} />
        )}
      </main>
    </div>
  );
}

function PageMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="report-message" role="alert" aria-labelledby="message-title" data-testid="report-error">
      <h1 id="message-title">{title}</h1>
      {children}
    </section>
  );
}

function refusalTitle(reason: ErrorReason): string {
  switch (reason) {
    case 'BAD_TOKEN':
      return 'This link does not open the report';
    case 'ROOM_NOT_FOUND':
      return 'There is no such room';
    case 'FORBIDDEN':
      return 'This report is for the candidate and the interviewer';
    default:
      return "Can't open the report";
  }
}

function refusalAdvice(reason: ErrorReason): string {
  switch (reason) {
    case 'BAD_TOKEN':
    case 'ROOM_NOT_FOUND':
      return 'Check that you copied the whole link, or ask the person who invited you for it again.';
    case 'FORBIDDEN':
      return 'Observers can watch the room but not read its feedback.';
    default:
      return 'Reload the page to try again.';
  }
}
