export type { Clock } from './clock.ts';
export { configFromEnv, DEFAULT_CONFIG, type ServerConfig } from './config.ts';
export { type RunningServer, startServer } from './server.ts';
