import { eventsOf, type Role, roleInHalf, type SwapAction, type SwapState, type TimelineEvent } from '@dryrun/shared';
import { useId, useState } from 'react';
import type { RequestResult } from '../sync/RoomConnection.ts';

type Party = Exclude<Role, 'observer'>;
type SendSwap = (action: SwapAction) => Promise<RequestResult>;

/** Where the swap stands, who this person is in the half, the timeline (for names), and how to ask. */
interface SwapProps {
  swap: SwapState;
  role: Party;
  timeline: readonly TimelineEvent[];
  onSwap: SendSwap;
}

/** One swap request at a time, and the server's refusal of the last. */
function useSwapRequest(send: SendSwap): { busy: boolean; error: string | null; act: (action: SwapAction) => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (action: SwapAction) => {
    setBusy(true);
    setError(null);
    const reply = await send(action);
    setBusy(false);
    if (!reply.ok) setError(reply.message);
  };
  return { busy, error, act: (action) => void act(action) };
}

/** The last proposal or its cancellation: who declined the last one, if it was declined. */
function lastSwapEvent(timeline: readonly TimelineEvent[]) {
  return timeline.findLast((event) => event.kind === 'swapProposed' || event.kind === 'swapCancelled');
}

/**
 * The header's part of the swap, in the first half: "Swap roles" to propose it, then "Swap
 * proposed, waiting…" and "Withdraw" until the other person answers (their answer is said to
 * screen readers). The other person answers in the {@link SwapPrompt}.
 */
export function SwapControls({ swap, role, timeline, onSwap }: SwapProps) {
  const { busy, error, act } = useSwapRequest(onSwap);
  const mine = swap.state === 'proposed' && swap.by === role;
  const theirs = swap.state === 'proposed' && !mine;
  const last = lastSwapEvent(timeline);
  const declined =
    swap.state === 'none' && last?.kind === 'swapCancelled' && last.reason === 'declined' && last.by?.role !== role;
  return (
    <div className="swap-controls" data-testid="swap-controls">
      <span role="status" className={mine || declined ? 'swap-status' : 'visually-hidden'}>
        {mine ? 'Swap proposed, waiting…' : declined ? `${last?.by?.name ?? 'The other person'} declined the swap` : ''}
      </span>
      {mine ? (
        <button type="button" onClick={() => act('withdraw')} disabled={busy}>
          Withdraw<span className="visually-hidden"> the swap proposal</span>
        </button>
      ) : (
        !theirs && (
          <button
            type="button"
            onClick={() => act('propose')}
            disabled={busy}
            title="Propose to swap roles: the other person accepts or declines"
          >
            Swap roles
          </button>
        )
      )}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * The other person's proposal, under the header where it cannot be missed: who proposes, the
 * role this person would take, what accepting does, Accept and Decline. The words are in a
 * live region there from the start, so that the proposal is said to screen readers as it
 * arrives.
 */
export function SwapPrompt({ swap, role, timeline, onSwap }: SwapProps) {
  const id = useId();
  const { busy, error, act } = useSwapRequest(onSwap);
  const asked = swap.state === 'proposed' && swap.by !== role;
  const proposer = eventsOf(timeline, 'swapProposed').at(-1)?.by?.name ?? 'The other person';
  return (
    <div className={asked ? 'swap-prompt' : 'swap-prompt-idle'} data-testid="swap-prompt">
      <div role="status" className="swap-prompt-news">
        {asked && (
          <>
            <p className="swap-prompt-text">
              {proposer} proposes to swap roles: you would become the {roleInHalf(role, 2)}.
            </p>
            <p className="swap-prompt-detail" id={`${id}-detail`}>
              Accepting ends this half: its code stays as it is, read-only, and everyone moves to the second half's
              room.
            </p>
          </>
        )}
      </div>
      {asked && (
        <div className="swap-prompt-actions">
          <button
            type="button"
            className="primary"
            onClick={() => act('accept')}
            disabled={busy}
            aria-describedby={`${id}-detail`}
          >
            Accept
          </button>
          <button type="button" onClick={() => act('decline')} disabled={busy}>
            Decline
          </button>
        </div>
      )}
      {error && (
        <p className="error swap-prompt-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
