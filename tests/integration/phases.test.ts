import { ClientEvent, DEFAULT_PHASES, eventsOf, phaseStateAt } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../support/manualClock.ts';
import { useTestServer } from '../support/roomFixture.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe('the phase timer', () => {
  const clock = new ManualClock();
  const t = useTestServer('pglite', { clock });

  it('is planned, moved and stopped by the interviewer, on the timeline everyone has', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const interviewer = await t.join(room.links.interviewer, 'Ivy');
    const candidate = await t.join(room.links.candidate, 'Cara');
    const start = clock.now().getTime();
    expect(await interviewer.ask(ClientEvent.phases, { action: 'plan', phases: [...DEFAULT_PHASES] })).toEqual({
      ok: true,
    });
    await eventually(() => expect(eventsOf(candidate.timeline, 'phasesPlanned')).toHaveLength(1));
    // Everyone works out where it stands from the timeline and the clock.
    expect(phaseStateAt(candidate.timeline, start + 6 * 60_000)).toMatchObject({ index: 1 });

    clock.advance(3 * 60_000);
    expect(await interviewer.ask(ClientEvent.phases, { action: 'go', index: 2 })).toEqual({ ok: true });
    await eventually(() => expect(eventsOf(candidate.timeline, 'phaseStarted')).toHaveLength(1));
    expect(phaseStateAt(candidate.timeline, clock.now().getTime())).toMatchObject({
      index: 2,
      startedAt: start + 3 * 60_000,
    });

    expect(await interviewer.ask(ClientEvent.phases, { action: 'stop' })).toEqual({ ok: true });
    await eventually(() => expect(eventsOf(candidate.timeline, 'phasesStopped')).toHaveLength(1));
    expect(phaseStateAt(candidate.timeline, clock.now().getTime())).toBeNull();
    // Stopping a stopped timer changes nothing.
    expect(await interviewer.ask(ClientEvent.phases, { action: 'stop' })).toEqual({ ok: true });
    expect(eventsOf(interviewer.timeline, 'phasesStopped')).toHaveLength(1);
  });

  it('refuses the candidate, a bad plan, and a phase that is not there', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const interviewer = await t.join(room.links.interviewer, 'Ivy');
    const candidate = await t.join(room.links.candidate, 'Cara');
    const plan = { action: 'plan' as const, phases: [{ name: 'Code', minutes: 20 }] };
    expect(await candidate.ask(ClientEvent.phases, plan)).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(await interviewer.ask(ClientEvent.phases, { action: 'go', index: 0 })).toMatchObject({
      ok: false,
      reason: 'MALFORMED',
    });
    for (const bad of [
      { action: 'plan', phases: [] },
      { action: 'plan', phases: [{ name: ' ', minutes: 5 }] },
      { action: 'plan', phases: [{ name: 'Code', minutes: 0 }] },
      { action: 'plan', phases: [{ name: 'Code', minutes: 2.5 }] },
      { action: 'plan', phases: Array.from({ length: 11 }, () => ({ name: 'Code', minutes: 1 })) },
      { action: 'go', index: -1 },
      { action: 'pause' },
    ]) {
      expect(await interviewer.ask(ClientEvent.phases, bad as never)).toMatchObject({ ok: false, reason: 'MALFORMED' });
    }
    expect(await interviewer.ask(ClientEvent.phases, plan)).toEqual({ ok: true });
    expect(await interviewer.ask(ClientEvent.phases, { action: 'go', index: 1 })).toMatchObject({
      ok: false,
      reason: 'MALFORMED',
    });
  });
});
