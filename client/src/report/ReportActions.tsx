import { DryRunError } from '@dryrun/shared';
import { useState } from 'react';
import { saveFile } from './saveFile.ts';

/** Print, and the two exports (the report as the page has it, and the server's Markdown). Hidden when printing. */
export function ReportActions({
  report,
  fileName,
  fetchMarkdown,
}: {
  report: unknown;
  fileName: (format: 'json' | 'markdown') => string;
  fetchMarkdown: () => Promise<Blob>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const downloadMarkdown = async () => {
    setBusy(true);
    setError(null);
    try {
      saveFile(await fetchMarkdown(), fileName('markdown'));
    } catch (e) {
      setError(
        e instanceof DryRunError
          ? `The Markdown could not be downloaded: ${e.message}`
          : 'The Markdown could not be downloaded: the server did not answer. Try again.',
      );
    } finally {
      setBusy(false);
    }
  };
  const downloadJson = () => {
    const json = `${JSON.stringify(report, null, 2)}\n`;
    saveFile(new Blob([json], { type: 'application/json' }), fileName('json'));
  };

  return (
    <div className="report-actions" data-testid="report-actions">
      <div className="report-actions-buttons">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={downloadMarkdown} disabled={busy} aria-busy={busy}>
          {busy ? 'Preparing Markdown…' : 'Download Markdown'}
        </button>
        <button type="button" onClick={downloadJson}>
          Download JSON
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
