import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Level } from 'pino';
import { type Clock, systemClock } from './clock.ts';

/** Everything the server can be told, from the environment or by a test. */
export interface ServerConfig {
  /** TCP port; 0 picks a free one. */
  port: number;
  host: string;
  /** Where PGlite keeps its files (ignored when `databaseUrl` is set), or `memory://`. */
  dataDir: string;
  /** PostgreSQL connection string; when absent, embedded PGlite under `dataDir`. */
  databaseUrl: string | undefined;
  /** Public origin for room links, e.g. `https://dryrun.example.com`. */
  publicUrl: string | undefined;
  /** The built client (`client/dist`); when absent or unbuilt, only the API is served. */
  clientDir: string | undefined;
  logLevel: Level | 'silent';
  /** How long edits wait before they are written in one batch. */
  flushIntervalMs: number;
  /** How long an empty room stays loaded. */
  idleUnloadMs: number;
  /** A busy room's stored updates are compacted every this many (and whenever it unloads); 0: never. */
  compactEveryUpdates: number;
  /** Judge worker threads; 0 means one per core, plus one. */
  judgeWorkers: number;
  /** The problem set (`problems/`); when absent, the one in this repository. */
  problemsDir: string | undefined;
  /** Connections one room takes at once (participants and observers, every tab). */
  maxConnectionsPerRoom: number;
  /** Connections one network address may hold open at once, across rooms. */
  maxConnectionsPerAddress: number;
  /** Rooms one network address may create in an hour. */
  roomsPerAddressPerHour: number;
  /** Session histories (replays, exports) one network address may read in a minute: each reads every edit. */
  historyReadsPerAddressPerMinute: number;
  /** Runs one network address may have being judged at once, across its rooms. */
  runsInFlightPerAddress: number;
  /**
   * Behind a reverse proxy: take a request's address from the last `X-Forwarded-For` entry
   * (the one the proxy added) instead of the connection's, which is the proxy's own.
   */
  trustProxy: boolean;
  /** The clock deadlines are kept by (tests move one by hand). */
  clock: Clock;
}

const here = fileURLToPath(new URL('.', import.meta.url));

export const DEFAULT_CONFIG: ServerConfig = {
  port: 3000,
  host: '0.0.0.0',
  dataDir: resolve(here, '../../data'),
  databaseUrl: undefined,
  publicUrl: undefined,
  clientDir: resolve(here, '../../client/dist'),
  logLevel: 'info',
  flushIntervalMs: 250,
  idleUnloadMs: 30_000,
  compactEveryUpdates: 2000,
  judgeWorkers: 0,
  problemsDir: undefined,
  maxConnectionsPerRoom: 32,
  maxConnectionsPerAddress: 64,
  roomsPerAddressPerHour: 60,
  historyReadsPerAddressPerMinute: 30,
  runsInFlightPerAddress: 4,
  trustProxy: false,
  clock: systemClock(),
};

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads the environment (documented in the README). Call it; never read env at import. */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfig {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
    return value;
  };
  const level = env.LOG_LEVEL ?? DEFAULT_CONFIG.logLevel;
  if (!(LEVELS as readonly string[]).includes(level)) throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  return {
    port: int('PORT', DEFAULT_CONFIG.port),
    host: env.HOST || DEFAULT_CONFIG.host,
    dataDir: env.DATA_DIR ? resolve(env.DATA_DIR) : DEFAULT_CONFIG.dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.PUBLIC_URL || undefined,
    clientDir: env.CLIENT_DIR ? resolve(env.CLIENT_DIR) : DEFAULT_CONFIG.clientDir,
    logLevel: level as ServerConfig['logLevel'],
    flushIntervalMs: int('FLUSH_INTERVAL_MS', DEFAULT_CONFIG.flushIntervalMs),
    idleUnloadMs: int('IDLE_UNLOAD_MS', DEFAULT_CONFIG.idleUnloadMs),
    compactEveryUpdates: int('COMPACT_EVERY_UPDATES', DEFAULT_CONFIG.compactEveryUpdates),
    judgeWorkers: int('JUDGE_WORKERS', DEFAULT_CONFIG.judgeWorkers),
    problemsDir: env.PROBLEMS_DIR ? resolve(env.PROBLEMS_DIR) : DEFAULT_CONFIG.problemsDir,
    maxConnectionsPerRoom: int('MAX_CONNECTIONS_PER_ROOM', DEFAULT_CONFIG.maxConnectionsPerRoom),
    maxConnectionsPerAddress: int('MAX_CONNECTIONS_PER_ADDRESS', DEFAULT_CONFIG.maxConnectionsPerAddress),
    roomsPerAddressPerHour: int('ROOMS_PER_ADDRESS_PER_HOUR', DEFAULT_CONFIG.roomsPerAddressPerHour),
    historyReadsPerAddressPerMinute: int(
      'HISTORY_READS_PER_ADDRESS_PER_MINUTE',
      DEFAULT_CONFIG.historyReadsPerAddressPerMinute,
    ),
    runsInFlightPerAddress: int('RUNS_IN_FLIGHT_PER_ADDRESS', DEFAULT_CONFIG.runsInFlightPerAddress),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    clock: systemClock(),
  };
}
