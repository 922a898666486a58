import { assessmentReportPath, MOMENT_PARAM, roomPath, TOKEN_PARAM } from '@dryrun/shared';
import { useEffect } from 'react';
import { fetchHistory } from '../api.ts';
import { ReportShell } from '../report/ReportShell.tsx';
import { useReport } from '../report/useReport.ts';
import { SessionPlayer } from './SessionPlayer.tsx';

/**
 * `/room/:id/replay?token=…` (and `/assessment/:id/replay`): a session played back, for its
 * interviewer, for its candidate once feedback is out, and for an attempt's two links once it
 * has ended. `moment=` opens it at an event (a cited note, run, claim or hint).
 */
export function ReplayPage({ roomId, kind = 'pair' }: { roomId: string; kind?: 'pair' | 'assessment' }) {
  const query = new URLSearchParams(window.location.search);
  const token = query.get(TOKEN_PARAM) ?? '';
  const moment = query.get(MOMENT_PARAM);
  const { state, reload } = useReport(roomId, token, fetchHistory);
  const withToken = `?${new URLSearchParams({ [TOKEN_PARAM]: token })}`;
  const back =
    kind === 'assessment'
      ? { href: `${assessmentReportPath(roomId)}${withToken}`, label: 'Back to the report' }
      : { href: `${roomPath(roomId)}${withToken}`, label: 'Back to the room' };

  useEffect(() => {
    document.title = state.status === 'ready' ? `Replay: ${state.report.title} — DryRun` : 'Replay — DryRun';
  }, [state]);

  return (
    <ReportShell
      token={token}
      state={state}
      reload={reload}
      text={{
        name: 'Replay',
        back,
        loading: 'Loading the session…',
        waiting: {
          title: 'The replay is not open yet',
          text:
            kind === 'assessment'
              ? 'The replay of an attempt opens when the attempt ends.'
              : 'The replay opens to the candidate once the interviewer has submitted feedback.',
        },
        incomplete:
          'A replay link carries a token. Open the replay from the room or the report, or ask for the full link.',
      }}
      wide
    >
      {(history) => <SessionPlayer history={history} token={token} moment={moment} />}
    </ReportShell>
  );
}
