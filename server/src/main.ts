/**
 * The composition root of a DryRun process: read the environment, start the server, stop
 * cleanly on SIGINT/SIGTERM (pending edits are written before exit).
 */
import { configFromEnv } from './config.ts';
import { startServer } from './server.ts';

const server = await startServer(configFromEnv(process.env));
// Tests and scripts read this line to find the port.
process.stdout.write(`${JSON.stringify({ msg: 'ready', url: server.url, port: server.port })}\n`);

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await server.close().catch(() => {});
  process.exit(code);
};
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// A stray rejection is a bug to log, not a reason to drop every room.
process.on('unhandledRejection', (reason) => {
  server.log.error({ err: reason }, 'unhandled rejection');
});
// After an uncaught exception the process state is unknown: write what is pending and
// exit; clients keep their edits and resend them when the server is back.
process.on('uncaughtException', (error) => {
  server.log.fatal({ err: error }, 'uncaught exception; stopping');
  void stop(1);
});
