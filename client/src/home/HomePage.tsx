import type { CreateRoomRequest, CreateRoomResponse } from '@dryrun/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { createRoom } from '../api.ts';
import { SoloPractice } from '../assessment/SoloPractice.tsx';
import { CopyLink } from './CopyLink.tsx';
import { ProblemChoice } from './ProblemChoice.tsx';

export function HomePage() {
  const [title, setTitle] = useState('');
  const [problemSlug, setProblemSlug] = useState<string | null>(null);
  const [room, setRoom] = useState<CreateRoomResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const linksHeading = useRef<HTMLHeadingElement>(null);
  // The links appear under a long problem list: bring them into view, with the focus.
  useEffect(() => {
    if (room) linksHeading.current?.focus();
  }, [room]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const request: CreateRoomRequest = {};
      if (title.trim()) request.title = title.trim();
      if (problemSlug) request.problemSlug = problemSlug;
      setRoom(await createRoom(request));
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not create the room.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page narrow">
      <h1>DryRun</h1>
      <p className="lede">Rehearse the real interview, and leave with feedback you can act on.</p>
      <form onSubmit={create} className="stack">
        <label htmlFor="room-title">Interview title (optional)</label>
        <input
          id="room-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="Mock interview"
          maxLength={120}
        />
        <ProblemChoice value={problemSlug} onChange={setProblemSlug} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Creating…' : 'New pair interview'}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {room && (
        <section className="stack links" aria-labelledby="links-heading" data-testid="room-links">
          <h2 id="links-heading" ref={linksHeading} tabIndex={-1}>
            Your room is ready
          </h2>
          <p>Send each person their link. Anyone with a link can join with that role.</p>
          <CopyLink label="Interviewer link" url={room.links.interviewer} testId="interviewer-link" />
          <CopyLink label="Candidate link" url={room.links.candidate} testId="candidate-link" />
          <CopyLink label="Observer link (read only)" url={room.links.observer} testId="observer-link" />
          <a className="button primary" href={room.links.interviewer}>
            Open as interviewer
          </a>
        </section>
      )}
      <SoloPractice />
    </main>
  );
}
