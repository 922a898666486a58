import { type PhaseState, phaseStateAt, type TimelineEvent } from '@dryrun/shared';
import { useEffect, useState } from 'react';

/** Where the room's phase timer stands by the server's clock, every quarter second; null when off. */
export function usePhaseState(timeline: readonly TimelineEvent[], offsetMs: number): PhaseState | null {
  const at = () => phaseStateAt(timeline, Date.now() + offsetMs);
  const [state, setState] = useState(at);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `at` reads the timeline and the offset, the dependencies.
  useEffect(() => {
    const tick = () => setState(at());
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [timeline, offsetMs]);
  return state;
}
