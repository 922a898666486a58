/**
 * A join storm, in a process of its own (so that its 300 clients do not share an event loop
 * with whoever is timing the server): `node --import tsx bench/joinStorm.ts <server url>
 * <room link> <sockets> <rounds>`. Each round, that many sockets try to join the room at
 * once, each from its own address (the server trusts `X-Forwarded-For`); then the admitted
 * ones leave. Prints `{ attempts, admitted, refused: { reason: count }, roundMs: [...] }`.
 */
import { JoinRefused, TestPeer } from '../support/TestPeer.ts';

const [url = '', link = '', sockets = '300', rounds = '3'] = process.argv.slice(2);
const { pathname, searchParams } = new URL(link);
const roomId = decodeURIComponent(pathname.split('/')[2] ?? '');
const token = searchParams.get('token') ?? '';

const refused: Record<string, number> = {};
const roundMs: number[] = [];
let admitted = 0;
for (let round = 0; round < Number(rounds); round++) {
  const start = performance.now();
  const joined = await Promise.all(
    Array.from({ length: Number(sockets) }, (_, i) =>
      TestPeer.connect(url, {
        roomId,
        token,
        name: `Watcher ${i}`,
        answerStep1: false,
        headers: { 'x-forwarded-for': `198.19.${Math.floor(i / 250)}.${(i % 250) + 1}` },
      }).then(
        (peer) => {
          admitted++;
          return peer;
        },
        (error: unknown) => {
          const reason = error instanceof JoinRefused ? error.payload.reason : 'NO_ANSWER';
          refused[reason] = (refused[reason] ?? 0) + 1;
          return null;
        },
      ),
    ),
  );
  roundMs.push(Math.round(performance.now() - start));
  for (const peer of joined) peer?.close();
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
console.log(JSON.stringify({ attempts: Number(sockets) * Number(rounds), admitted, refused, roundMs }));
process.exit(0);
