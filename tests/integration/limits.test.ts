import type { ServerConfig } from '@dryrun/server';
import { ClientEvent, historyApiPath, LIMITS, type RunRecord, ServerEvent } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { JoinRefused, type PeerOptions, type TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually } from '../support/testServer.ts';

/** A server with small limits, so that a test can reach them. */
const useLimitedServer = (overrides: Partial<ServerConfig>) => useTestServer('pglite', overrides);

async function refusalOf(join: Promise<TestPeer>) {
  const error = await join.then(
    (peer) => {
      peer.close();
      throw new Error('the join was accepted');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(JoinRefused);
  return (error as JoinRefused).payload;
}

describe('connection caps', () => {
  // A room of 8: 2 connections on the interviewer's link, 2 on the candidate's, 4 on the observers'.
  const t = useLimitedServer({ maxConnectionsPerRoom: 8, maxConnectionsPerAddress: 12 });

  it("refuse a join past its link's share of the room with ROOM_FULL, and take one again once someone leaves", async () => {
    const room = await createRoom(t.server.url);
    const watchers = [];
    for (let i = 0; i < 4; i++) watchers.push(await t.join(room.links.observer, `Watcher ${i}`));
    expect(await refusalOf(t.join(room.links.observer, 'One too many'))).toMatchObject({
      reason: 'ROOM_FULL',
      message: expect.stringContaining('observer'),
    });
    // The observers' link is full, and the interviewer and the candidate still get in.
    await t.join(room.links.interviewer, 'Ivy');
    await t.join(room.links.candidate, 'Cara');
    watchers[0]?.close();
    await eventually(async () => {
      const again = await t.join(room.links.observer, 'Watcher 4');
      expect(again.participants).toHaveLength(6);
    });
  });

  it('refuse a join past the address cap with TOO_MANY_CONNECTIONS, across rooms', async () => {
    const rooms = await Promise.all([createRoom(t.server.url), createRoom(t.server.url), createRoom(t.server.url)]);
    const open = [];
    for (const room of rooms) {
      for (const link of [room.links.candidate, room.links.observer]) {
        open.push(await t.join(link, 'A'), await t.join(link, 'B'));
      }
    }
    expect(await refusalOf(t.join(rooms[1]?.links.interviewer ?? '', 'D'))).toMatchObject({
      reason: 'TOO_MANY_CONNECTIONS',
    });
    open[0]?.close();
    await eventually(() => t.join(rooms[1]?.links.interviewer ?? '', 'D'));
  });
});

describe('participants', () => {
  const t = useLimitedServer({});

  it('are sent whole once, in the snapshot, then as small join and leave deltas', async () => {
    const room = await createRoom(t.server.url);
    const watchers = [];
    for (let i = 0; i < 10; i++) watchers.push(await t.join(room.links.observer, `Watcher ${i}`));
    const first = watchers[0] as TestPeer;
    await eventually(() => expect(first.participants).toHaveLength(10));
    const before = first.received.length;
    const late = await t.join(room.links.candidate, '\u202EEve\u0007\u200B');
    expect(late.snapshot.participants).toHaveLength(11);
    expect(late.snapshot.self.name).toBe('Eve');
    await eventually(() => expect(first.participants).toHaveLength(11));
    const joins = first.received.slice(before).filter(([event]) => event === ServerEvent.joined);
    expect(joins).toEqual([[ServerEvent.joined, [late.snapshot.self]]]);
    expect(JSON.stringify(joins[0]).length).toBeLessThan(300);
    late.close();
    await eventually(() => expect(first.participants).toHaveLength(10));
    expect(first.received.slice(before).filter(([event]) => event === ServerEvent.left)).toEqual([
      [ServerEvent.left, { ids: [late.snapshot.self.id] }],
    ]);
  });
});

describe('the event budget', () => {
  const t = useLimitedServer({});

  it('counts requests as well as frames', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const ivy = await t.join(room.links.interviewer, 'Ivy');
    const replies = await Promise.all(
      Array.from({ length: LIMITS.frameBurst + 40 }, () => ivy.ask(ClientEvent.guide, {})),
    );
    const refused = replies.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ ok: false, reason: 'RATE_LIMITED' });
    expect(replies.filter((r) => r.ok).length).toBeGreaterThanOrEqual(LIMITS.frameBurst - 10);
  });
});

describe('session histories', () => {
  const t = useLimitedServer({ historyReadsPerAddressPerMinute: 2 });

  it('are read a few times a minute from one address, each of them costing every edit', async () => {
    const room = await createRoom(t.server.url);
    const token = new URL(room.links.interviewer).searchParams.get('token');
    const read = (format: 'history' | 'export') =>
      fetch(`${t.server.url}${historyApiPath(room.id, format)}`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await read('history')).status).toBe(200);
    expect((await read('export')).status).toBe(200);
    const third = await read('history');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await third.json()).toMatchObject({
      reason: 'RATE_LIMITED',
      message: expect.stringContaining('2 session histories a minute'),
    });
  });
});

describe('room creation', () => {
  const t = useLimitedServer({ roomsPerAddressPerHour: 3 });

  it('takes JSON bodies only, and a few rooms an hour from one address', async () => {
    const post = (body: string, type: string) =>
      fetch(`${t.server.url}/api/rooms`, { method: 'POST', headers: { 'content-type': type }, body });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await post('{}', type);
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({ reason: 'MALFORMED' });
    }
    for (let i = 0; i < 3; i++) expect((await post('{}', 'application/json; charset=utf-8')).status).toBe(201);
    const fourth = await post('{}', 'application/json');
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await fourth.json()).toMatchObject({ reason: 'RATE_LIMITED' });
  });

  it('lets pages connect to their own origin only', async () => {
    const response = await fetch(`${t.server.url}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/connect-src[^;]*ws/);
  });
});

describe('the judge, shared between network addresses', () => {
  // Behind a proxy that says who is who: two addresses, on one loopback.
  const t = useLimitedServer({ trustProxy: true, judgeWorkers: 2 });
  const from = (address: string): Partial<PeerOptions> => ({ headers: { 'x-forwarded-for': address } });
  const ENDLESS = 'function twoSum() { for (;;) {} }';

  async function candidateWith(code: string, address: string): Promise<TestPeer> {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const peer = await t.join(room.links.candidate, 'Cara', from(address));
    const text = peer.codeOf('two-sum');
    await eventually(() => expect(text.length).toBeGreaterThan(0));
    peer.doc.transact(() => {
      text.delete(0, text.length);
      text.insert(0, code);
    });
    return peer;
  }

  it("caps one address's runs, and another address's Run finishes while that flood is still judged", async () => {
    const flooders = await Promise.all([0, 1, 2].map(() => candidateWith(ENDLESS, '192.0.2.1')));
    const replies = [];
    for (const peer of flooders) {
      replies.push(await peer.requestRun({ mode: 'submit' }), await peer.requestRun({ mode: 'submit' }));
    }
    const accepted = replies.filter((r) => r.ok);
    expect(accepted).toHaveLength(4);
    expect(replies.filter((r) => !r.ok)).toEqual([
      expect.objectContaining({ reason: 'RATE_LIMITED', message: expect.stringContaining('Your network') }),
      expect.objectContaining({ reason: 'RATE_LIMITED', message: expect.stringContaining('Your network') }),
    ]);

    const bystander = await candidateWith(TWO_SUM, '198.51.100.7');
    const run: RunRecord = await bystander.runToEnd({ mode: 'run' }, 60_000);
    expect(run.report).toMatchObject({ verdict: 'accepted', passed: 3, total: 3 });
    // Judged before the flood drained: every flooded submission is still being judged.
    const flooded = new Set(accepted.map((r) => (r.ok ? r.runId : '')));
    const finishedFloods = flooders.flatMap((p) => p.runEvents.filter((e) => e.event === 'finished'));
    expect(finishedFloods.filter((e) => flooded.has(e.runs[0]?.id ?? ''))).toEqual([]);
  }, 90_000);
});
