// Worker-thread entry of the judge pool. Node 20 cannot start a worker from a .ts file, so
// this plain module registers tsx and loads the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./judgeWorker.ts');
