/**
 * `pnpm bench:guard`: what the server's update guard (`checkUpdate`: every new item under
 * the sender's own client id, nothing left pending, only the doc's own top-level names) costs
 * per client update, on a doc the size of a long session: 20,000 typed characters with
 * deletions. Prints the time per keystroke update, per deletion, per pasted block, per
 * reconnect (the diff, which carries the doc's whole delete set) and for the whole doc
 * resent, p50 / p99 over many runs, and the refusals of a squatted and a deferred update.
 *
 *   pnpm bench:guard
 */
import { performance } from 'node:perf_hooks';
import { isRootOf } from '@dryrun/shared';
import * as Y from 'yjs';
import { checkUpdate } from '../../server/src/rooms/updateGuard.ts';

const isRoot = (name: string) => isRootOf('shared', name);
const server = new Y.Doc();
const client = new Y.Doc();
const owned = new Set([client.clientID]);
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
Y.applyUpdate(server, Y.encodeStateAsUpdate(client));

/** Checks each update against the server's doc as it is, then applies it, as the room does. */
function measure(label: string, makeUpdate: () => Uint8Array, runs: number, apply = true): void {
  const times: number[] = [];
  let refused = 0;
  for (let i = 0; i < runs; i++) {
    const update = makeUpdate();
    const start = performance.now();
    const check = checkUpdate(server, update, owned, isRoot);
    times.push(performance.now() - start);
    if (!check.ok) refused++;
    else if (apply) Y.applyUpdate(server, update);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(3);
  console.log(`${label.padEnd(40)} p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   (${runs} runs, ${refused} refused)`);
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

/** Another client's doc, in sync with the server, whose next edits are built by `edit`. */
const stranger = (clientId: number, edit: (doc: Y.Doc) => void): Uint8Array => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  doc.clientID = clientId;
  const before = Y.encodeStateVector(doc);
  edit(doc);
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
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
  "squatting another client's id (refused)",
  () => stranger(client.clientID + 1, (doc) => doc.getText('code/two-sum/javascript').insert(0, 'x')),
  200,
  false,
);
measure(
  'builds on changes never sent (refused)',
  () => {
    // An insert next to text typed but never sent: the server lacks its anchor and clocks.
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(server));
    local.clientID = client.clientID;
    const text = local.getText('code/two-sum/javascript');
    text.insert(0, 'unsent');
    const before = Y.encodeStateVector(local);
    text.insert(3, 'x');
    const update = Y.encodeStateAsUpdate(local, before);
    local.destroy();
    return update;
  },
  200,
  false,
);
