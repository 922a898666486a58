import type { ErrorReason } from '@dryrun/shared';
import type { ReactNode } from 'react';
import { NOT_READY_RECHECK_MS, type ReportState } from './useReport.ts';
import './report.css';

/** What a report page says around its report: its name, the way back, and why it waits. */
export interface ReportPageText {
  /** "Feedback report". */
  name: string;
  back: { href: string; label: string };
  /** Said while the report is not ready yet, e.g. "The interviewer has not submitted feedback yet." */
  waiting: { title: string; text: string };
  incomplete: string;
  /** Said while loading; "Loading the report…" by default. */
  loading?: string;
}

/**
 * A report page's frame: the top bar, and every state but the report itself (an incomplete
 * link, loading, not ready with its re-checks, refused, offline). A page of its own (no
 * socket, no editor), so that it loads fast, prints, and keeps a stable address.
 */
export function ReportShell<R>({
  token,
  state,
  reload,
  text,
  wide = false,
  children,
}: {
  token: string;
  state: ReportState<R>;
  reload: () => void;
  text: ReportPageText;
  /** The page's content takes the window's width (a replay), rather than a column to read. */
  wide?: boolean;
  children: (report: R) => ReactNode;
}) {
  return (
    <div className="report-shell">
      <header className="report-topbar">
        <a href="/" className="brand">
          DryRun
        </a>
        <span className="report-topbar-title">{text.name}</span>
        {token && (
          <a href={text.back.href} className="report-back">
            {text.back.label}
          </a>
        )}
      </header>
      <main className={wide ? 'report-main report-main-wide' : 'report-main'} id="main">
        {!token ? (
          <PageMessage title="This link is incomplete">
            <p>{text.incomplete}</p>
          </PageMessage>
        ) : state.status === 'loading' ? (
          <p className="loading" role="status">
            {text.loading ?? 'Loading the report…'}
          </p>
        ) : state.status === 'not_ready' ? (
          <section className="report-wait" aria-labelledby="wait-title" data-testid="report-not-ready">
            <h1 id="wait-title">{text.waiting.title}</h1>
            <p role="status">{text.waiting.text}</p>
            <p className="report-hint-text">
              This page checks again every {NOT_READY_RECHECK_MS / 1000} seconds and shows the report as soon as it is
              ready.
            </p>
            <p className="report-wait-actions">
              <button type="button" onClick={reload} disabled={state.checking}>
                {state.checking ? 'Checking…' : 'Check now'}
              </button>
              <a href={text.back.href}>{text.back.label}</a>
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
          children(state.report)
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
