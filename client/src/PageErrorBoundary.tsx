import { Component, type ReactNode } from 'react';

/**
 * What a page shows instead of going blank when it cannot load: most often a page's code
 * could not be fetched (the server is down, or was updated since this tab opened). Reloading
 * fetches the page as it is now; what was typed in a room is kept in this browser.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page narrow" role="alert" data-testid="page-error">
        <h1>This page could not load</h1>
        <p>
          The server may be unreachable, or DryRun was updated since this tab opened. Your code is kept in this browser.
        </p>
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </main>
    );
  }
}
