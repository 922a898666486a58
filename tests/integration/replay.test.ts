import {
  ClientEvent,
  codeText,
  editsFromBase64,
  eventsOf,
  HISTORY_FORMAT,
  RUBRIC_DIMENSIONS,
  type ScorecardInput,
  type SessionHistory,
  SessionReplay,
} from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../server/src/store/openStore.ts';
import { linkParts, useTestServer } from '../support/roomFixture.ts';
import { TWO_SUM } from '../support/solutions.ts';
import { createStorage } from '../support/storage.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually, startTestServer } from '../support/testServer.ts';

const SCORECARD: ScorecardInput = {
  scores: Object.fromEntries(
    RUBRIC_DIMENSIONS.map((dimension) => [dimension, { score: 3, comment: '', evidence: [] }]),
  ) as unknown as ScorecardInput['scores'],
  recommendation: 'yes',
  strengths: 'Tested as they went.',
  improve: 'Say the plan first.',
};

function type(peer: TestPeer, code: string): void {
  const text = peer.codeOf('two-sum');
  peer.doc.transact(() => {
    text.delete(0, text.length);
    text.insert(0, code);
  });
}

async function history(
  baseUrl: string,
  link: string,
  path: 'history' | 'export' = 'history',
): Promise<{ status: number; body: SessionHistory & { reason?: string }; response: Response }> {
  const { roomId, token } = linkParts(link);
  const response = await fetch(`${baseUrl}/api/rooms/${roomId}/${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: await response.json(), response };
}

describe('a session replay', () => {
  const t = useTestServer('pglite');

  it("rebuilds, at each run's moment, the code the server judged, even with an edit right behind the request", async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const interviewer = await t.join(room.links.interviewer, 'Ivy');
    const candidate = await t.join(room.links.candidate, 'Cara');
    await eventually(() => expect(candidate.codeOf('two-sum').length).toBeGreaterThan(0));

    // Each run prints which version of the code it ran. An edit goes out right behind each
    // request, so the server may take either: the replay must show the one it took.
    const printed = new Map<string, string>();
    for (const version of ['v1', 'v2', 'v3']) {
      type(candidate, `console.log("${version}")`);
      const request = candidate.requestRun({ mode: 'run', program: true });
      type(candidate, `console.log("${version}b")`);
      const reply = await request;
      if (!reply.ok) throw new Error(reply.message);
      const run = await eventually(() => {
        const finished = candidate.finishedRun(reply.runId);
        if (!finished) throw new Error('not judged yet');
        return finished;
      }, 30_000);
      const [test] = run.report?.tests ?? [];
      printed.set(run.id, test && !test.hidden ? (test.stdout ?? '').trim() : '');
    }
    expect(await candidate.ask(ClientEvent.note, { text: 'Hash map, one pass.', tag: 'approach' })).toEqual({
      ok: true,
    });
    type(interviewer, `${TWO_SUM}\n// try [3, 3]`);
    await eventually(() => expect(candidate.codeOf('two-sum').toString()).toContain('[3, 3]'));

    const { status, body } = await history(t.server.url, room.links.interviewer);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      format: HISTORY_FORMAT,
      roomId: linkParts(room.links.interviewer).roomId,
      kind: 'pair',
    });
    const replay = new SessionReplay(editsFromBase64(body.edits), body.timeline);
    const codeAt = (edits: number) => {
      const doc = replay.docAt(edits);
      const code = codeText(doc, 'two-sum', 'javascript').toString();
      doc.destroy();
      return code;
    };
    const started = eventsOf(body.timeline, 'runStarted');
    expect(started).toHaveLength(3);
    for (const event of started) {
      expect(event.edits).toEqual(expect.any(Number));
      const output = printed.get(event.run.id);
      expect(output).toMatch(/^v\db?$/);
      expect(codeAt(event.edits ?? -1)).toBe(`console.log("${output}")`);
    }
    // Every edit is in the history: the last moment is the code as it is now.
    expect(codeAt(replay.edits.length)).toBe(candidate.codeOf('two-sum').toString());
    const [note] = eventsOf(body.timeline, 'note');
    expect(codeAt(note?.edits ?? -1)).toBe('console.log("v3b")');
    // Who typed what: both links wrote; the starter code is the server's.
    expect(new Set(body.authors.map((a) => a.role))).toEqual(new Set(['interviewer', 'candidate']));
    expect(body.runs.map((r) => r.id)).toEqual(started.map((e) => e.run.id));
    expect(JSON.stringify(body)).not.toContain('solution');
  });

  it('is for the interviewer, and for the candidate once the feedback is released', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const interviewer = await t.join(room.links.interviewer, 'Ivy');
    await eventually(() => expect(interviewer.codeOf('two-sum').length).toBeGreaterThan(0));

    expect((await history(t.server.url, room.links.observer)).body).toMatchObject({ reason: 'FORBIDDEN' });
    const early = await history(t.server.url, room.links.candidate);
    expect(early.status).toBe(404);
    expect(early.body).toMatchObject({ reason: 'NOT_READY' });
    const wrongToken = await fetch(
      `${t.server.url}/api/rooms/${linkParts(room.links.candidate).roomId}/history?token=nope`,
    );
    expect(wrongToken.status).toBe(403);
    const noRoom = await fetch(`${t.server.url}/api/rooms/no-such-room/history?token=abc`);
    expect((await noRoom.json()) as object).toMatchObject({ reason: 'ROOM_NOT_FOUND' });

    expect(await interviewer.ask(ClientEvent.submitScorecard, SCORECARD)).toEqual({ ok: true });
    const released = await history(t.server.url, room.links.candidate);
    expect(released.status).toBe(200);
    expect(eventsOf(released.body.timeline, 'scorecard')).toHaveLength(1);

    const file = await history(t.server.url, room.links.interviewer, 'export');
    expect(file.status).toBe(200);
    expect(file.response.headers.get('content-disposition')).toMatch(/attachment; filename="dryrun-session-.+\.json"/);
    expect(editsFromBase64(file.body.edits).length).toBeGreaterThan(0);
  });

  it("puts the pair room's candidate's pastes and absences on the timeline, and nobody else's", async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const interviewer = await t.join(room.links.interviewer, 'Ivy');
    const candidate = await t.join(room.links.candidate, 'Cara');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    for (const signal of [
      { kind: 'paste', problemSlug: 'two-sum', chars: 40 },
      { kind: 'left' },
      { kind: 'returned', awayMs: 12_000 },
    ] as const) {
      expect(await candidate.ask(ClientEvent.integrity, signal)).toEqual({ ok: true });
    }
    const paste = { kind: 'paste', problemSlug: 'two-sum', chars: 3 } as const;
    expect(await interviewer.ask(ClientEvent.integrity, paste)).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(await observer.ask(ClientEvent.integrity, paste)).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(
      await candidate.ask(ClientEvent.integrity, { kind: 'pasteBlocked', problemSlug: 'two-sum', chars: 3 }),
    ).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(
      await candidate.ask(ClientEvent.integrity, { kind: 'paste', problemSlug: 'lru-cache', chars: 3 }),
    ).toMatchObject({ ok: false, reason: 'MALFORMED' });

    const { body } = await history(t.server.url, room.links.interviewer);
    const recorded = eventsOf(body.timeline, 'integrity');
    expect(recorded.map((e) => e.signal.kind)).toEqual(['paste', 'left', 'returned']);
    expect(recorded.every((e) => e.by?.role === 'candidate' && typeof e.edits === 'number')).toBe(true);
    await eventually(() => expect(eventsOf(observer.timeline, 'integrity')).toHaveLength(3));
  });

  it("opens an attempt's history to its two links only once it has ended", async () => {
    const response = await fetch(`${t.server.url}/api/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ problems: ['two-sum'], minutes: 5 }),
    });
    const { links } = (await response.json()) as { links: { candidate: string; review: string } };
    const candidate = await t.join(links.candidate, 'Cara');
    expect(await candidate.ask(ClientEvent.startAssessment, {})).toMatchObject({ ok: true });
    for (const link of [links.candidate, links.review]) {
      expect((await history(t.server.url, link)).body).toMatchObject({ reason: 'NOT_READY' });
    }
    expect(await candidate.ask(ClientEvent.finishAssessment, {})).toMatchObject({ ok: true });
    for (const link of [links.candidate, links.review]) {
      await eventually(async () => expect((await history(t.server.url, link)).status).toBe(200), 30_000);
    }
    expect((await history(t.server.url, links.review)).body.kind).toBe('assessment');
  });
});

describe('a replay after compaction', () => {
  it('keeps every edit and moment: the same history, the same code at each run, and the room loads from one state', async () => {
    const storage = await createStorage('pglite');
    let server = await startTestServer(storage, { compactEveryUpdates: 8 });
    try {
      const room = await createRoom(server.url, { problemSlug: 'two-sum' });
      const { roomId } = linkParts(room.links.interviewer);
      const peer = await TestPeer.connect(server.url, { ...linkParts(room.links.candidate), name: 'Cara' });
      await eventually(() => expect(peer.codeOf('two-sum').length).toBeGreaterThan(0));
      // Keystrokes, one update each, with a run after every ten: several compactions on the way.
      const text = peer.codeOf('two-sum');
      for (let i = 0; i < 40; i++) {
        text.insert(text.length, i % 2 === 0 ? `\n// ${i}` : '!');
        if (i % 10 === 9) expect((await peer.runToEnd({ mode: 'run', program: true })).status).toBe('done');
      }
      const code = text.toString();
      await eventually(async () => expect(codeAfter(await historyOf(server.url, room.links.interviewer))).toBe(code));
      const before = await historyOf(server.url, room.links.interviewer);
      peer.close();
      // The room unloads once empty, and compacts what is left.
      await eventually(async () => expect(await server.rooms.loaded(roomId)).toBeUndefined(), 10_000);
      await server.close();

      const store = await openStore({ dataDir: storage.dataDir });
      const shared = await store.loadDoc(roomId, 'shared');
      await store.close();
      // Compacted every 8 updates: a room loads from one state and at most a few rows.
      expect(shared.base?.edits).toBeGreaterThanOrEqual(32);
      expect(shared.updates.length).toBeLessThan(8);
      expect((shared.base?.edits ?? 0) + shared.updates.length).toBe(editsFromBase64(before.edits).length);

      server = await startTestServer(storage, { compactEveryUpdates: 8 });
      const after = await historyOf(server.url, room.links.interviewer);
      expect(after.edits).toBe(before.edits);
      expect(after.timeline).toEqual(before.timeline);
      const replay = new SessionReplay(editsFromBase64(after.edits), after.timeline);
      for (const started of eventsOf(after.timeline, 'runStarted')) {
        const doc = replay.docAt(started.edits ?? -1);
        expect(codeText(doc, 'two-sum', 'javascript').toString()).toBe(codeAfter(before, started.edits ?? -1));
        doc.destroy();
      }
      const again = await TestPeer.connect(server.url, { ...linkParts(room.links.candidate), name: 'Cara' });
      await eventually(() => expect(again.codeOf('two-sum').toString()).toBe(code));
      // New edits count on from the compacted ones: the next run's moment is exact too.
      again.codeOf('two-sum').insert(0, '// later\n');
      const run = await again.runToEnd({ mode: 'run', program: true });
      const last = await historyOf(server.url, room.links.interviewer);
      const event = eventsOf(last.timeline, 'runStarted').find((e) => e.run.id === run.id);
      expect(codeAfter(last, event?.edits ?? -1)).toBe(`// later\n${code}`);
      again.close();
    } finally {
      await server.close();
      await storage.cleanup();
    }
  });
});

async function historyOf(baseUrl: string, link: string): Promise<SessionHistory> {
  const { roomId, token } = linkParts(link);
  const response = await fetch(`${baseUrl}/api/rooms/${roomId}/history`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as SessionHistory;
}

/** Two Sum's code in a history after `count` edits (all of them by default). */
function codeAfter(history: SessionHistory, count = Number.POSITIVE_INFINITY): string {
  const replay = new SessionReplay(editsFromBase64(history.edits), history.timeline);
  const doc = replay.docAt(count);
  const code = codeText(doc, 'two-sum', 'javascript').toString();
  doc.destroy();
  return code;
}
