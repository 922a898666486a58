import { fetchSessionExport } from '../api.ts';
import { useDownload } from '../report/useDownload.ts';

/** Downloads the session's history (the timeline and every edit) as a JSON file. */
export function ExportSession({ roomId, token }: { roomId: string; token: string }) {
  const { busy, error, download } = useDownload(
    () => fetchSessionExport(roomId, token),
    `dryrun-session-${roomId}.json`,
    'The session',
  );
  return (
    <div className="replay-export">
      <button type="button" onClick={download} disabled={busy} aria-busy={busy}>
        {busy ? 'Preparing…' : 'Export session (JSON)'}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
