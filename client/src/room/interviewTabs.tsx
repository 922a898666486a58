import type { RunRecord } from '@dryrun/shared';
import { ClaimPanel } from '../interview/ClaimPanel.tsx';
import { GuidePanel } from '../interview/GuidePanel.tsx';
import { PrivateNotes } from '../interview/PrivateNotes.tsx';
import { ScorecardPanel } from '../interview/ScorecardPanel.tsx';
import { type LineTools, ThinkAloudPane } from '../interview/ThinkAloudPane.tsx';
import type { Tab } from '../layout/Tabs.tsx';
import type { RoomConnection, RoomState } from '../sync/RoomConnection.ts';

/**
 * The side panel's tabs for one person: everyone's think-aloud log and Big-O claims; for
 * interviewers, the guide first, then their private notes and the scorecard; then any more
 * (a session's feedback).
 */
export function interviewTabs({
  connection,
  state,
  problem,
  runs,
  lines,
  author,
  reportHref,
  replayHref,
  canEdit,
  more = [],
}: {
  connection: RoomConnection;
  state: RoomState;
  /** The problem on screen (the scratch pad's key on a blank pad). */
  problem: string;
  runs: readonly RunRecord[];
  lines: LineTools;
  /** Who writes the private notes. */
  author: string;
  reportHref: string;
  replayHref: (moment?: string) => string;
  /**
   * Whether this person may write now (an assessment takes none before its start or after its
   * end, a half of a session none once its pair swapped roles).
   */
  canEdit: boolean;
  /** Tabs after the rest (a session's feedback). */
  more?: Tab[];
}): Tab[] {
  const tabs: Tab[] = [
    {
      id: 'think',
      label: 'Think aloud',
      count: state.notes.filter((n) => n.problemSlug === problem).length,
      content: <ThinkAloudPane connection={connection} problemSlug={problem} canWrite={canEdit} lines={lines} />,
    },
    {
      id: 'claims',
      label: 'Big-O',
      count: state.claims.filter((c) => c.problemSlug === problem).length,
      content:
        state.problemSlug !== null ? (
          <ClaimPanel connection={connection} problemSlug={problem} canWrite={canEdit} runs={runs} lines={lines} />
        ) : (
          <p className="hint">Complexity claims are made about a problem; this room is a blank pad.</p>
        ),
    },
  ];
  const privateDoc = connection.privateDoc;
  if (state.welcome?.role !== 'interviewer' || !privateDoc) return [...tabs, ...more];
  return [
    {
      id: 'guide',
      label: 'Guide',
      content: (
        <GuidePanel
          connection={connection}
          problemSlug={state.problemSlug}
          hints={state.hints}
          connected={state.status === 'connected'}
          canReveal={canEdit}
        />
      ),
    },
    ...tabs,
    { id: 'notes', label: 'Notes', content: <PrivateNotes privateDoc={privateDoc} author={author} /> },
    {
      id: 'scorecard',
      label: 'Scorecard',
      content: (
        <ScorecardPanel
          connection={connection}
          privateDoc={privateDoc}
          runs={runs}
          hints={state.hints}
          feedback={state.feedback}
          reportHref={reportHref}
          replayHref={replayHref}
        />
      ),
    },
    ...more,
  ];
}
