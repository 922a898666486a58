import {
  DEFAULT_PHASES,
  feedbackReleasedIn,
  type Phase,
  phasesForMinutes,
  type SwapAction,
  swapStateOf,
  type TimelineEvent,
} from '@dryrun/shared';
import { type ReactNode, useEffect, useEffectEvent } from 'react';
import type { Tab } from '../layout/Tabs.tsx';
import type { RoomConnection, RoomState } from '../sync/RoomConnection.ts';
import { HalfOverBanner } from './HalfOverBanner.tsx';
import { SessionFeedbackCard, type SessionLinks } from './SessionFeedbackCard.tsx';
import { SessionHeader } from './SessionHeader.tsx';
import { SwapControls, SwapPrompt } from './SwapControls.tsx';
import { halfHref, halfReportHref } from './sessionState.ts';
import './session.css';

/** What a session in two halves adds to a pair room's page. */
export interface SessionRoom {
  /** Whether the half is open: not once its pair swapped roles (its code and facts then stay as they are). */
  open: boolean;
  /** Which half this is, the way back to the first, and the swap's controls. */
  header: ReactNode;
  /** The other person's proposal to answer, or the news that this half is over. */
  banner: ReactNode;
  /** The session's feedback, for its interviewer and its candidate. */
  tabs: Tab[];
  /** The candidate's report waits for the session's feedback to be released (as far as the timeline says). */
  sealed: boolean;
  /** The phase plan the interviewer is offered: the default shape, fitted to the half's minutes if planned. */
  phaseDefaults: readonly Phase[];
}

/** Timeline events after which the session's feedback may stand otherwise. */
function feedbackChanges(timeline: readonly TimelineEvent[]): number {
  return timeline.filter((event) => event.kind === 'scorecard' || event.kind === 'feedbackReleased').length;
}

/**
 * A pair room as a half of a session: "Swap roles" (proposed by one, answered by the other);
 * when the swap happens, everyone here moves to the second half's room (the same link, whose
 * role the server swaps); a half whose pair swapped stays readable but closed; and the
 * session's sealed feedback both ways. `name` is the name the link was opened with, if any:
 * the next half's link keeps it.
 */
export function useSessionRoom(
  connection: RoomConnection,
  state: RoomState,
  { token, name }: { token: string; name: string | null },
): SessionRoom {
  const links: SessionLinks = {
    room: (roomId) => halfHref(roomId, token, name),
    report: (roomId) => halfReportHref(roomId, token),
  };
  // Only a swap heard as it happens moves the page: one already over when the page opened is shown, not followed.
  const follow = useEffectEvent((roomId: string) => window.location.assign(links.room(roomId)));
  useEffect(
    () =>
      connection.onLiveEvent((event) => {
        if (event.kind === 'swapped') follow(event.roomId);
      }),
    [connection],
  );

  const { welcome, session, timeline } = state;
  const pair = welcome !== null && !welcome.assessment;
  const party = pair && welcome.role !== 'observer' ? welcome.role : null;
  const swap = swapStateOf(timeline);
  // A room of one half whose feedback is out is not swapped (the server says so too): a new room is.
  const feedbackOut = session === null && state.feedback?.submittedAt;
  // A proposal made before the feedback came out stays answerable: withdrawn or declined (the server refuses it).
  const canSwap =
    party !== null &&
    swap.state !== 'swapped' &&
    (session === null || session.half === 1) &&
    (!feedbackOut || swap.state === 'proposed');
  const onSwap = (action: SwapAction) => connection.swap(action);
  const plan = session?.halves?.[session.half - 1];

  let banner: ReactNode = null;
  if (swap.state === 'swapped') {
    banner = (
      <HalfOverBanner
        nextHref={links.room(swap.roomId)}
        scorecardOpen={party === 'interviewer' && !state.feedback?.submittedAt}
      />
    );
  } else if (canSwap) {
    // There from the start, empty: a live region says the proposal when it comes.
    banner = <SwapPrompt swap={swap} role={party} timeline={timeline} onSwap={onSwap} />;
  }

  return {
    open: swap.state !== 'swapped',
    header: pair ? (
      <SessionHeader
        session={session}
        firstHalfHref={session?.half === 2 && session.otherRoomId ? links.room(session.otherRoomId) : null}
        swap={canSwap ? <SwapControls swap={swap} role={party} timeline={timeline} onSwap={onSwap} /> : null}
      />
    ) : null,
    banner,
    tabs:
      session && party && welcome
        ? [
            {
              id: 'session',
              label: 'Feedback',
              content: (
                <SessionFeedbackCard
                  session={session}
                  roomId={welcome.roomId}
                  role={party}
                  token={token}
                  links={links}
                  changes={feedbackChanges(timeline)}
                />
              ),
            },
          ]
        : [],
    sealed: session !== null && !feedbackReleasedIn(timeline),
    phaseDefaults: plan ? phasesForMinutes(DEFAULT_PHASES, plan.minutes) : DEFAULT_PHASES,
  };
}
