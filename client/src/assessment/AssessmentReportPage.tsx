import { assessmentPath, TOKEN_PARAM } from '@dryrun/shared';
import { useEffect } from 'react';
import { fetchAssessmentReport } from '../api.ts';
import { ReportShell } from '../report/ReportShell.tsx';
import { useReport } from '../report/useReport.ts';
import { AssessmentReportView } from './AssessmentReportView.tsx';

/** `/assessment/:id/report?token=…`: an attempt's report, for its candidate and its reviewer, once scored. */
export function AssessmentReportPage({ roomId }: { roomId: string }) {
  const token = new URLSearchParams(window.location.search).get(TOKEN_PARAM) ?? '';
  const { state, reload } = useReport(roomId, token, fetchAssessmentReport);
  const back = `${assessmentPath(roomId)}?${new URLSearchParams({ [TOKEN_PARAM]: token })}`;
  useEffect(() => {
    document.title =
      state.status === 'ready'
        ? `Solo practice: ${state.report.score.total} / 1000 — DryRun`
        : 'Solo practice — DryRun';
  }, [state]);
  return (
    <ReportShell
      token={token}
      state={state}
      reload={reload}
      text={{
        name: 'Solo practice report',
        back: { href: back, label: 'Back to the attempt' },
        waiting: {
          title: 'The report is on its way',
          text: 'The attempt has not ended yet, or its code is still being judged.',
        },
        incomplete: 'A report link carries a token. Open the report from the attempt, or ask for the full link.',
      }}
    >
      {(report) => <AssessmentReportView report={report} token={token} />}
    </ReportShell>
  );
}
