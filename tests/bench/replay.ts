/**
 * `pnpm bench:replay [-- --minutes 60 --json]`: a long session's history, before and after
 * compaction. A synthetic session of `minutes` minutes (two people typing continuously, one
 * at 4 and one at 2 keystrokes a second, a backspace now and then; a run a minute) is
 * written into the store as the server stores it (one row per keystroke, each run's moment
 * among them). Then a real server (in this process, PGlite) serves it:
 *
 * - stored bytes of the room's edits (PostgreSQL's own size of each row, TOAST compression
 *   included), before and after compaction;
 * - room load: a join until the shared doc is in sync, the room unloaded between joins;
 * - the history: fetching it (`GET /api/rooms/:id/history`) and opening the replay;
 * - seeks to random moments, as the replay page does them (the doc brought from where the
 *   playhead is, and the code read with who typed what).
 *
 * Nothing here is a pass/fail test; the targets are seek p99 ≤ 50 ms and room load ≤ 200 ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG, type RunningServer, startServer } from '@dryrun/server';
import {
  authoredText,
  codeText,
  editsFromBase64,
  historyApiPath,
  type SessionHistory,
  SessionReplay,
} from '@dryrun/shared';
import * as Y from 'yjs';
import { openPglite } from '../../server/src/store/pglite.ts';
import { openStore } from '../../server/src/store/openStore.ts';
import type { StoredRun, StoredUpdate } from '../../server/src/store/Store.ts';
import { linkParts } from '../support/roomFixture.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom } from '../support/testServer.ts';
import { benchArgs, numberOption } from './benchArgs.ts';
import { distribution } from './judgeStats.ts';

const args = benchArgs(process.argv.slice(2), {
  minutes: { type: 'string' },
  loads: { type: 'string' },
  seeks: { type: 'string' },
  json: { type: 'boolean', default: false },
});
const MINUTES = numberOption(args.minutes, 60, 'minutes', 1, 600);
const LOADS = numberOption(args.loads, 10, 'loads', 1, 100);
const SEEKS = numberOption(args.seeks, 500, 'seeks', 1, 100_000);
const PROBLEM = 'two-sum';

const dataDir = mkdtempSync(join(tmpdir(), 'dryrun-replay-'));
const serverConfig = (compactEveryUpdates: number) => ({
  ...DEFAULT_CONFIG,
  port: 0,
  host: '127.0.0.1',
  dataDir,
  databaseUrl: undefined,
  logLevel: 'silent' as const,
  idleUnloadMs: 50,
  judgeWorkers: 1,
  compactEveryUpdates,
});

/** Writes the synthetic session into the room's store; returns how many edits and runs it made. */
async function writeSession(roomId: string): Promise<{ edits: number; runs: number }> {
  const store = await openStore({ dataDir });
  const typists = [
    { doc: new Y.Doc(), perSecond: 4, link: 'candidate' as const, name: 'Cara' },
    { doc: new Y.Doc(), perSecond: 2, link: 'interviewer' as const, name: 'Ivo' },
  ];
  for (const typist of typists) await store.claimClientIds(roomId, [typist.doc.clientID], typist.link);
  const start = Date.now() - MINUTES * 60_000;
  const keystrokes: Array<{ at: number; typist: (typeof typists)[number] }> = [];
  for (const typist of typists) {
    for (let at = start; at < start + MINUTES * 60_000; at += 1000 / typist.perSecond) {
      keystrokes.push({ at: Math.round(at), typist });
    }
  }
  keystrokes.sort((a, b) => a.at - b.at);
  let pending: StoredUpdate[] = [];
  let edits = 0;
  let runs = 0;
  let nextRun = start + 60_000;
  let seed = 1;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (const { at, typist } of keystrokes) {
    if (at >= nextRun) {
      await store.appendUpdates(pending);
      pending = [];
      await run(store, roomId, typist.doc, new Date(at), edits);
      runs++;
      nextRun += 60_000;
    }
    const text = codeText(typist.doc, PROBLEM, 'javascript');
    let update: Uint8Array | null = null;
    typist.doc.once('update', (u: Uint8Array) => {
      update = u;
    });
    const where = Math.floor(random() * (text.length + 1));
    if (random() < 0.12 && text.length > 0) text.delete(Math.max(0, where - 1), 1);
    else text.insert(where, random() < 0.08 ? '\n' : String.fromCharCode(97 + Math.floor(random() * 26)));
    if (!update) continue;
    for (const other of typists) if (other !== typist) Y.applyUpdate(other.doc, update);
    pending.push({ roomId, doc: 'shared', update, at: new Date(at) });
    edits++;
  }
  await store.appendUpdates(pending);
  await store.close();
  return { edits, runs };
}

/** A run of the code as it is, on the timeline at its moment, finished a second later. */
async function run(store: Awaited<ReturnType<typeof openStore>>, roomId: string, doc: Y.Doc, at: Date, edits: number) {
  const stored: StoredRun = {
    id: `run-${at.getTime()}`,
    roomId,
    mode: 'run',
    status: 'running',
    problemSlug: PROBLEM,
    language: 'javascript',
    byName: 'Cara',
    byRole: 'candidate',
    code: codeText(doc, PROBLEM, 'javascript').toString(),
    customInput: null,
    report: null,
    complexity: null,
    follows: null,
    target: 'problem',
    error: null,
    createdAt: at,
    finishedAt: null,
  };
  const by = { participantId: null, name: 'Cara', role: 'candidate' as const };
  await store.createRun(stored, {
    kind: 'runStarted',
    run: { id: stored.id, mode: 'run', target: 'problem', problemSlug: PROBLEM, language: 'javascript', follows: null },
    at,
    by,
    edits,
  });
  const finishedAt = new Date(at.getTime() + 1000);
  const outcome = { status: 'failed' as const, report: null, complexity: null, error: null, finishedAt };
  await store.finishRun(stored.id, outcome, {
    kind: 'runFinished',
    run: { id: stored.id, status: 'failed', verdict: null, passed: null, total: null, measured: null },
    at: finishedAt,
    by: null,
    edits,
  });
}

/** The room's edits as PostgreSQL stores them: rows, chunks, and their bytes. */
async function storedBytes(roomId: string) {
  const sql = await openPglite(join(dataDir, 'pglite'));
  try {
    const [rows] = await sql.query<{ n: string; bytes: string | null }>(
      'SELECT count(*) AS n, sum(pg_column_size(u.*)) AS bytes FROM doc_updates u WHERE room_id = $1',
      [roomId],
    );
    const [chunks] = await sql.query<{ n: string; bytes: string | null }>(
      'SELECT count(*) AS n, sum(pg_column_size(h.*)) AS bytes FROM doc_history h WHERE room_id = $1',
      [roomId],
    );
    return {
      updateRows: Number(rows?.n ?? 0),
      chunks: Number(chunks?.n ?? 0),
      bytes: Number(rows?.bytes ?? 0) + Number(chunks?.bytes ?? 0),
    };
  } finally {
    await sql.close();
  }
}

/** Joins `LOADS` times, each from an unloaded room, until the shared doc is in sync. */
async function roomLoads(server: RunningServer, link: string): Promise<number[]> {
  const { roomId } = linkParts(link);
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    while (await server.rooms.loaded(roomId)) await new Promise((r) => setTimeout(r, 10));
    const started = performance.now();
    const peer = await TestPeer.connect(server.url, { ...linkParts(link), name: 'Bench', answerStep1: false });
    while (!peer.synced) await new Promise((r) => setImmediate(r));
    times.push(performance.now() - started);
    peer.close();
  }
  return times;
}

async function fetchHistory(server: RunningServer, link: string): Promise<{ ms: number; history: SessionHistory }> {
  const { roomId, token } = linkParts(link);
  const started = performance.now();
  const response = await fetch(`${server.url}${historyApiPath(roomId)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!response.ok) throw new Error(`history answered ${response.status}`);
  const history = (await response.json()) as SessionHistory;
  return { ms: performance.now() - started, history };
}

/** Opens the replay and seeks to random moments from wherever the playhead is. */
function seeks(history: SessionHistory) {
  const opening = performance.now();
  const replay = new SessionReplay(editsFromBase64(history.edits), history.timeline);
  const openMs = performance.now() - opening;
  let doc = replay.docAt(0);
  let at = 0;
  const times: number[] = [];
  let seed = 7;
  for (let i = 0; i < SEEKS; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const target = Math.floor((seed / 2 ** 31) * (replay.edits.length + 1));
    const started = performance.now();
    doc = replay.advance(doc, at, target);
    at = target;
    authoredText(codeText(doc, PROBLEM, 'javascript'));
    times.push(performance.now() - started);
  }
  return { openMs, seek: distribution(times) };
}

async function measure(label: string, compactEveryUpdates: number, link: string, roomId: string) {
  const server = await startServer(serverConfig(compactEveryUpdates));
  try {
    const loads = distribution(await roomLoads(server, link));
    const { ms: historyMs, history } = await fetchHistory(server, link);
    return { label, loads, historyMs, historyBytes: JSON.stringify(history).length, ...seeks(history), roomId };
  } finally {
    await server.close();
  }
}

try {
  const setup = await startServer(serverConfig(0));
  const room = await createRoom(setup.url, { problemSlug: PROBLEM, title: 'Replay bench' });
  const { roomId } = linkParts(room.links.interviewer);
  // Joining once writes the starter code (and its `seeded` event), as a real room has.
  const first = await TestPeer.connect(setup.url, { ...linkParts(room.links.candidate), name: 'Cara' });
  while (!first.synced) await new Promise((r) => setTimeout(r, 10));
  first.close();
  await setup.close();

  const session = await writeSession(roomId);
  const beforeBytes = await storedBytes(roomId);
  const before = await measure('before compaction', 0, room.links.interviewer, roomId);
  // A server that compacts: the room compacts when it unloads after a join.
  const compacting = await startServer(serverConfig(DEFAULT_CONFIG.compactEveryUpdates));
  await roomLoads(compacting, room.links.interviewer);
  await compacting.close();
  const afterBytes = await storedBytes(roomId);
  const after = await measure('after compaction', DEFAULT_CONFIG.compactEveryUpdates, room.links.interviewer, roomId);
  const result = {
    minutes: MINUTES,
    ...session,
    stored: { before: beforeBytes, after: afterBytes },
    before,
    after,
  };
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`A ${MINUTES}-minute session: ${session.edits} edits, ${session.runs} runs.`);
    for (const [label, bytes] of [
      ['before', beforeBytes],
      ['after', afterBytes],
    ] as const) {
      console.log(
        `stored ${label} compaction: ${(bytes.bytes / 1024).toFixed(1)} KiB (${bytes.updateRows} update rows, ${bytes.chunks} chunks)`,
      );
    }
    for (const m of [before, after]) {
      console.log(
        `${m.label}: room load p50 ${m.loads.p50} ms, max ${m.loads.max} ms (n=${m.loads.n}); history ${m.historyMs.toFixed(1)} ms (${(m.historyBytes / 1024).toFixed(0)} KiB JSON); replay open ${m.openMs.toFixed(1)} ms; seek p50 ${m.seek.p50} ms, p99 ${m.seek.p99} ms, max ${m.seek.max} ms (n=${m.seek.n})`,
      );
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
