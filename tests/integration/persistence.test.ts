import { describe, expect, it } from 'vitest';
import { linkParts } from '../support/roomFixture.ts';
import { startServerProcess } from '../support/serverProcess.ts';
import { backends, createStorage } from '../support/storage.ts';
import { TestPeer } from '../support/TestPeer.ts';
import { createRoom, eventually, startTestServer } from '../support/testServer.ts';

describe.each(backends())('persistence on %s', (backend) => {
  it('keeps a room across a clean server restart', async () => {
    const storage = await createStorage(backend);
    try {
      let server = await startTestServer(storage);
      const room = await createRoom(server.url);
      const alice = await TestPeer.connect(server.url, { ...linkParts(room.links.candidate), name: 'Alice' });
      const ivy = await TestPeer.connect(server.url, {
        ...linkParts(room.links.interviewer),
        name: 'Ivy',
        openPrivate: true,
      });
      alice.code.insert(0, 'const answer = 42;');
      ivy.notes.insert(0, 'good naming');
      await eventually(() => expect(ivy.code.toString()).toBe('const answer = 42;'));
      alice.close();
      ivy.close();
      await server.close();

      server = await startTestServer(storage);
      const back = await TestPeer.connect(server.url, {
        ...linkParts(room.links.interviewer),
        name: 'Ivy',
        openPrivate: true,
      });
      await eventually(() => {
        expect(back.code.toString()).toBe('const answer = 42;');
        expect(back.notes.toString()).toBe('good naming');
      });
      back.close();
      await server.close();
    } finally {
      await storage.cleanup();
    }
  });

  it('keeps what it stored when the process is killed with SIGKILL', async () => {
    const storage = await createStorage(backend);
    try {
      let proc = await startServerProcess(storage);
      const room = await createRoom(proc.url);
      const alice = await TestPeer.connect(proc.url, { ...linkParts(room.links.candidate), name: 'Alice' });
      const watcher = await TestPeer.connect(proc.url, {
        ...linkParts(room.links.observer),
        name: 'W',
        answerStep1: false,
      });
      for (const word of ['let ', 'x ', '= ', '1;']) alice.code.insert(alice.code.length, word);
      // First the server has it (it relayed it), then it has written it.
      await eventually(() => expect(watcher.code.toString()).toBe('let x = 1;'));
      await eventually(async () => expect(await proc.pendingUpdates()).toBe(0));
      alice.close();
      watcher.close();
      await proc.kill('SIGKILL');

      proc = await startServerProcess(storage);
      const bob = await TestPeer.connect(proc.url, { ...linkParts(room.links.interviewer), name: 'Bob' });
      await eventually(() => expect(bob.code.toString()).toBe('let x = 1;'));
      bob.close();
      await proc.kill('SIGTERM');
    } finally {
      await storage.cleanup();
    }
  });

  it('gets back what a client typed while the server was down', async () => {
    const storage = await createStorage(backend);
    try {
      let proc = await startServerProcess(storage);
      const room = await createRoom(proc.url);
      const alice = await TestPeer.connect(proc.url, { ...linkParts(room.links.candidate), name: 'Alice' });
      alice.code.insert(0, 'before crash;');
      await proc.kill('SIGKILL');
      // Typed into the client while no server is there.
      alice.code.insert(alice.code.length, ' during outage;');

      proc = await startServerProcess(storage, proc.port);
      alice.socket.connect();
      await eventually(() => expect(alice.socket.connected).toBe(true));
      alice.sendStep1('shared');
      const bob = await TestPeer.connect(proc.url, { ...linkParts(room.links.interviewer), name: 'Bob' });
      await eventually(() => expect(bob.code.toString()).toBe('before crash; during outage;'));
      alice.close();
      bob.close();
      await proc.kill('SIGTERM');
    } finally {
      await storage.cleanup();
    }
  });
});
