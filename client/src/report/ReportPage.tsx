import { roomPath, TOKEN_PARAM } from '@dryrun/shared';
import { useEffect } from 'react';
import { fetchReport } from '../api.ts';
import { Report } from './Report.tsx';
import { ReportShell } from './ReportShell.tsx';
import { useReport } from './useReport.ts';

/**
 * `/room/:id/report?token=…`: the feedback report of a room, for its candidate and its
 * interviewer, once the scorecard is submitted.
 */
export function ReportPage({ roomId }: { roomId: string }) {
  const token = new URLSearchParams(window.location.search).get(TOKEN_PARAM) ?? '';
  const { state, reload } = useReport(roomId, token, fetchReport);
  const roomLink = `${roomPath(roomId)}?${new URLSearchParams({ [TOKEN_PARAM]: token })}`;

  useEffect(() => {
    document.title = state.status === 'ready' ? `Feedback: ${state.report.title} — DryRun` : 'Feedback — DryRun';
  }, [state]);

  return (
    <ReportShell
      token={token}
      state={state}
      reload={reload}
      text={{
        name: 'Feedback report',
        back: { href: roomLink, label: 'Back to the room' },
        waiting: { title: 'Feedback is on its way', text: 'The interviewer has not submitted feedback yet.' },
        incomplete: 'A report link carries a token. Open the report from the room, or ask for the full link.',
      }}
    >
      {(report) => <Report report={report} token={token} />}
    </ReportShell>
  );
}
