import { loadProblem, PROBLEMS_ROOT } from '@dryrun/problems';
import { ClientEvent, type ProblemListing } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { problemSecrets } from '../support/problemSecrets.ts';
import { useTestServer } from '../support/roomFixture.ts';
import { createRoom, eventually } from '../support/testServer.ts';

describe('the room problem', () => {
  const t = useTestServer('pglite');

  it('lists the problem set without tests or guides', async () => {
    const response = await fetch(`${t.server.url}/api/problems`);
    expect(response.status).toBe(200);
    const listing = (await response.json()) as ProblemListing[];
    expect(listing.map((p) => p.slug)).toEqual(expect.arrayContaining(['two-sum', 'lru-cache', 'promise-all']));
    for (const problem of listing)
      expect(Object.keys(problem).sort()).toEqual(['difficulty', 'kind', 'slug', 'title', 'topics']);
  });

  it('refuses a room for a problem that does not exist', async () => {
    const response = await fetch(`${t.server.url}/api/rooms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ problemSlug: 'no-such-problem' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ reason: 'MALFORMED' });
  });

  it('shows the statement, examples and starter code, written into the room once', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const candidate = await t.join(room.links.candidate, 'Cara');
    const interviewer = await t.join(room.links.interviewer, 'Ivo');
    const [problem] = await eventually(() => {
      const seen = candidate.receivedProblems;
      expect(seen.length).toBeGreaterThan(0);
      return seen;
    });
    expect(problem).toMatchObject({
      slug: 'two-sum',
      title: 'Two Sum',
      difficulty: 'easy',
      kind: 'function',
      entry: 'twoSum',
    });
    expect(problem?.statement).toContain('twoSum');
    expect(problem?.examples[0]).toEqual({
      name: 'example 1',
      input: 'twoSum([ 2, 7, 11, 15 ], 9)',
      expected: '[ 0, 1 ]',
    });
    const { problem: loaded } = await loadProblem(PROBLEMS_ROOT, 'two-sum');
    await eventually(() => expect(interviewer.codeOf('two-sum').toString()).toBe(loaded?.starter.javascript));
    expect(interviewer.codeOf('two-sum', 'typescript').toString()).toBe(loaded?.starter.typescript);
    // A third person joining does not get the starter twice; deleted code does not come back.
    candidate.codeOf('two-sum').delete(0, candidate.codeOf('two-sum').length);
    const late = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    await eventually(() => expect(late.receivedProblems.length).toBe(1));
    await eventually(() => expect(interviewer.codeOf('two-sum').toString()).toBe(''));
  });

  it('lets an interviewer change the problem for everyone, and no one else', async () => {
    const room = await createRoom(t.server.url, { problemSlug: 'two-sum' });
    const interviewer = await t.join(room.links.interviewer, 'Ivo');
    const candidate = await t.join(room.links.candidate, 'Cara');
    const observer = await t.join(room.links.observer, 'Olga', { answerStep1: false });
    const seen = candidate.receivedProblems;
    for (const peer of [candidate, observer]) {
      const reply = await peer.socket.timeout(5000).emitWithAck(ClientEvent.setProblem, { slug: 'lru-cache' });
      expect(reply).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    }
    expect(await interviewer.socket.timeout(5000).emitWithAck(ClientEvent.setProblem, { slug: 'nope' })).toMatchObject({
      ok: false,
      reason: 'MALFORMED',
    });
    expect(
      await interviewer.socket.timeout(5000).emitWithAck(ClientEvent.setProblem, { slug: 'Bad Slug!' } as never),
    ).toMatchObject({ ok: false, reason: 'MALFORMED' });
    expect(await interviewer.socket.timeout(5000).emitWithAck(ClientEvent.setProblem, { slug: 'lru-cache' })).toEqual({
      ok: true,
    });
    await eventually(() => expect(seen.at(-1)).toMatchObject({ slug: 'lru-cache', kind: 'class' }));
    await eventually(() => expect(candidate.codeOf('lru-cache').toString()).toContain('class LRUCache'));
    // Kept by the server: someone joining later sees it, and runs judge against it.
    const late = await t.join(room.links.candidate, 'Late');
    await eventually(() => expect(late.receivedProblems.at(-1)).toMatchObject({ slug: 'lru-cache' }));
    expect(late.snapshot.problem?.slug).toBe('lru-cache');
    // Back to a blank pad.
    expect(await interviewer.socket.timeout(5000).emitWithAck(ClientEvent.setProblem, { slug: null })).toEqual({
      ok: true,
    });
    await eventually(() => expect(seen.at(-1)).toBeNull());
  });

  it('never sends hidden tests, solutions, harnesses or guides to anyone in the room', async () => {
    const secrets = await problemSecrets();
    expect(secrets.length).toBeGreaterThan(30);
    const listing = (await (await fetch(`${t.server.url}/api/problems`)).json()) as ProblemListing[];
    const room = await createRoom(t.server.url);
    const interviewer = await t.join(room.links.interviewer, 'Ivo', { openPrivate: true });
    const candidate = await t.join(room.links.candidate, 'Cara');
    const received: unknown[] = [listing];
    candidate.socket.onAny((event, ...args) => received.push(event, args));
    interviewer.socket.onAny((event, ...args) => received.push(event, args));
    for (const { slug } of listing) {
      await interviewer.socket.timeout(5000).emitWithAck(ClientEvent.setProblem, { slug });
      await eventually(() => expect(candidate.receivedProblems.at(-1)?.slug).toBe(slug));
    }
    const everything = JSON.stringify(received);
    const leaks = secrets.filter((secret) => everything.includes(secret.text));
    expect(leaks).toEqual([]);
  });
});
