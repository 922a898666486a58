import type { AddressInfo } from 'node:net';
import { type ClientToServerEvents, LIMITS, type ServerToClientEvents, SOCKET_PATH } from '@dryrun/shared';
import { createAdaptorServer } from '@hono/node-server';
import { type Logger, pino } from 'pino';
import { Server } from 'socket.io';
import { AssessmentReports } from './assessment/AssessmentReports.ts';
import { Assessments } from './assessment/Assessments.ts';
import type { ServerConfig } from './config.ts';
import { createApi } from './http/api.ts';
import { SessionHistories } from './replay/SessionHistories.ts';
import { Compaction } from './rooms/Compaction.ts';
import { createHttpApp } from './http/app.ts';
import { Annotations } from './interview/Annotations.ts';
import { Feedback } from './interview/Feedback.ts';
import { Hints } from './interview/Hints.ts';
import { Reports } from './interview/Reports.ts';
import { Judge } from './judge/Judge.ts';
import { JudgePool } from './judge/JudgePool.ts';
import { ProblemCatalog } from './problems/ProblemCatalog.ts';
import { RoomProblems } from './problems/RoomProblems.ts';
import { Integrity } from './interview/Integrity.ts';
import { Phases } from './interview/Phases.ts';
import { SessionFeedback } from './interview/SessionFeedback.ts';
import { Swaps } from './interview/Swaps.ts';
import { attachGateway } from './realtime/gateway.ts';
import { RoomService } from './rooms/RoomService.ts';
import { UpdateLog } from './rooms/UpdateLog.ts';
import { PadTests } from './runs/PadTests.ts';
import { RunService } from './runs/RunService.ts';
import { openStore } from './store/openStore.ts';

export interface RunningServer {
  /** e.g. `http://127.0.0.1:43123` */
  url: string;
  port: number;
  rooms: RoomService;
  log: Logger;
  /** Stops accepting, writes out pending edits, closes the database. */
  close(): Promise<void>;
}

/**
 * Builds and starts one DryRun server from a config: store, services, HTTP and socket.io.
 * Several can run in one process (tests start them on port 0).
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const log = pino({ level: config.logLevel, base: undefined });
  const store = await openStore(config);
  const updates = new UpdateLog(store, log.child({ part: 'updates' }), { flushIntervalMs: config.flushIntervalMs });
  const pool = new JudgePool(config.judgeWorkers ? { size: config.judgeWorkers } : {});
  const catalog = await ProblemCatalog.load(pool, config.problemsDir);
  for (const error of catalog.errors)
    log.warn({ problem: error.slug, file: error.file, field: error.field }, error.message);
  // A single server owns its runs: any still running were cut off by a crash or a restart.
  const abandoned = await store.abandonRuns(
    { reason: 'INTERNAL', message: 'The server restarted while judging this run; run it again.' },
    new Date(),
  );
  if (abandoned > 0) log.warn({ abandoned }, 'runs cut off by a restart marked failed');
  const problems = new RoomProblems({ store, catalog, now: () => config.clock.now() });
  const compaction = new Compaction(
    { store, updates, log: log.child({ part: 'compaction' }) },
    { everyUpdates: config.compactEveryUpdates },
  );
  const rooms = new RoomService(
    {
      store,
      updates,
      compaction,
      log: log.child({ part: 'rooms' }),
      problemView: (slug) => problems.view(slug),
      prepare: (room) => problems.prepare(room),
      now: () => config.clock.now(),
    },
    { idleUnloadMs: config.idleUnloadMs, maxConnectionsPerRoom: config.maxConnectionsPerRoom },
  );
  const padTests = new PadTests({ store });
  const runs = new RunService({
    padTests,
    store,
    judge: new Judge(pool),
    pool,
    catalog,
    log: log.child({ part: 'runs' }),
    runsInFlightPerAddress: config.runsInFlightPerAddress,
  });
  const annotations = new Annotations({ store });
  const hints = new Hints({ store, catalog });
  const integrity = new Integrity({ store, clock: config.clock });
  const phases = new Phases({ store, clock: config.clock });
  const sessions = new SessionFeedback({ store, rooms, clock: config.clock, log: log.child({ part: 'sessions' }) });
  const swaps = new Swaps({ store, rooms, sessions, clock: config.clock });
  const feedback = new Feedback({ store, sessions, clock: config.clock });
  const reports = new Reports({ store, rooms, catalog });
  const assessments = new Assessments({
    store,
    rooms,
    runs,
    problems,
    catalog,
    clock: config.clock,
    log: log.child({ part: 'assessments' }),
  });
  await assessments.restore();
  const assessmentReports = new AssessmentReports({ store, rooms, catalog, reports });
  const histories = new SessionHistories({ rooms, store, updates, catalog, sessions, now: () => config.clock.now() });
  const app = createHttpApp(
    createApi({
      rooms,
      problems,
      feedback,
      sessions,
      reports,
      assessments,
      assessmentReports,
      histories,
      store,
      updates,
      log,
      publicUrl: config.publicUrl,
      roomsPerAddressPerHour: config.roomsPerAddressPerHour,
      historyReadsPerAddressPerMinute: config.historyReadsPerAddressPerMinute,
      trustProxy: config.trustProxy,
    }),
    config.clientDir,
  );
  const http = createAdaptorServer({ fetch: app.fetch });
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(http, {
    path: SOCKET_PATH,
    serveClient: false,
    // Frames between maxFrameBytes and this get a PAYLOAD_TOO_LARGE answer; beyond it,
    // the transport drops the connection (and the client resyncs on reconnect).
    maxHttpBufferSize: LIMITS.maxFrameBytes * 2,
    // A connection that went away unannounced leaves the room within 20 s (socket.io's
    // default is 45): until then its participant shows, and its client id stays taken.
    pingInterval: 10_000,
    pingTimeout: 10_000,
  });
  attachGateway(
    io,
    { rooms, runs, problems, padTests, annotations, hints, feedback, assessments, integrity, phases, swaps },
    { maxConnectionsPerAddress: config.maxConnectionsPerAddress, trustProxy: config.trustProxy },
    log.child({ part: 'gateway' }),
  );

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  log.info({ port, url, database: config.databaseUrl ? 'postgresql' : 'pglite' }, 'DryRun listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    rooms,
    log,
    close: () => {
      closing ??= (async () => {
        await io.close();
        await assessments.close();
        await pool.close();
        await rooms.close();
        await compaction.settle();
        await updates.close();
        await store.close();
      })();
      return closing;
    },
  };
}
