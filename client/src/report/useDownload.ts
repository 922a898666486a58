import { DryRunError } from '@dryrun/shared';
import { useState } from 'react';
import { saveFile } from './saveFile.ts';

/**
 * A file fetched from the server and saved, with its state: `busy` while it comes, and the
 * reason in words when it could not be had (`what`: "The Markdown", "The session").
 */
export function useDownload(
  fetchFile: () => Promise<Blob>,
  fileName: string,
  what: string,
): { busy: boolean; error: string | null; download: () => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      saveFile(await fetchFile(), fileName);
    } catch (e) {
      setError(
        e instanceof DryRunError
          ? `${what} could not be downloaded: ${e.message}`
          : `${what} could not be downloaded: the server did not answer. Try again.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, download };
}
