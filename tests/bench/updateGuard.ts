/**
 * `pnpm bench:guard`: what refusing client writes to the server-written parts of the shared
 * doc (`touchesRoots`, run on every client update) costs per update, on a doc the size of a
 * long session: 20,000 typed characters with deletions, 200 notes and 40 claims. Prints the
 * time per keystroke update, per deletion, per pasted block, per reconnect (the diff, which
 * carries the doc's whole delete set) and for the whole doc resent, p50 / p99 over many runs.
 *
 *   pnpm bench:guard
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { touchesRoots } from '../../server/src/rooms/serverWrittenRoots.ts';

const ROOTS = new Set(['thinkAloud', 'claims']);

const server = new Y.Doc();
const client = new Y.Doc();
client.on('update', (update: Uint8Array) => Y.applyUpdate(server, update));
const code = client.getText('code/two-sum/javascript');
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
for (let i = 0; i < 20_000; i++) {
  const at = Math.floor(random() * (code.length + 1));
  if (code.length > 50 && random() < 0.15) code.delete(Math.min(at, code.length - 1), 1);
  else code.insert(at, String.fromCharCode(97 + (i % 26)));
}
server.transact(() => {
  for (let i = 0; i < 200; i++) server.getArray('thinkAloud').push([{ id: `n${i}`, text: `note ${i}` }]);
  for (let i = 0; i < 40; i++) server.getArray('claims').push([{ id: `c${i}`, time: 'O(n)' }]);
});
Y.applyUpdate(client, Y.encodeStateAsUpdate(server));

function measure(label: string, makeUpdate: () => Uint8Array, runs: number): void {
  const times: number[] = [];
  let refused = 0;
  for (let i = 0; i < runs; i++) {
    const update = makeUpdate();
    const start = performance.now();
    if (touchesRoots(server, update, ROOTS)) refused++;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3);
  console.log(`${label.padEnd(36)} p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   (${runs} runs, ${refused} refused)`);
}

/** The client's next change as the update it sends, as a client does: its transaction's update. */
const change = (edit: () => void): Uint8Array => {
  let sent: Uint8Array | undefined;
  const capture = (update: Uint8Array) => {
    sent = update;
  };
  client.on('update', capture);
  client.transact(edit);
  client.off('update', capture);
  if (!sent) throw new Error(`the edit made no update (${code.length} characters)`);
  return sent;
};

console.log(`doc: ${code.length} characters of code, ${Y.encodeStateAsUpdate(server).byteLength} bytes encoded`);
measure(
  'keystroke (insert one character)',
  () => change(() => code.insert(Math.floor(random() * code.length), 'x')),
  5000,
);
measure(
  'delete a selection (20 characters)',
  () => change(() => code.delete(Math.floor(random() * (code.length - 20)), 20)),
  500,
);
measure(
  'paste a block (2 KB)',
  () => change(() => code.insert(Math.floor(random() * code.length), 'y'.repeat(2048))),
  500,
);
measure('reconnect (sync step 2 of the diff)', () => Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), 200);
measure('full state (the whole doc resent)', () => Y.encodeStateAsUpdate(client), 200);
measure(
  'forged note (refused)',
  () => {
    const forger = new Y.Doc();
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(forger);
    forger.getArray('thinkAloud').push([{ id: 'forged' }]);
    return Y.encodeStateAsUpdate(forger, before);
  },
  200,
);
