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
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
