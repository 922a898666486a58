import { saveFile } from './saveFile.ts';
import { useDownload } from './useDownload.ts';

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
  const markdown = useDownload(fetchMarkdown, fileName('markdown'), 'The Markdown');
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
        <button type="button" onClick={markdown.download} disabled={markdown.busy} aria-busy={markdown.busy}>
          {markdown.busy ? 'Preparing Markdown…' : 'Download Markdown'}
        </button>
        <button type="button" onClick={downloadJson}>
          Download JSON
        </button>
      </div>
      {markdown.error && (
        <p className="error" role="alert">
          {markdown.error}
        </p>
      )}
    </div>
  );
}
