import type { CreateRoomResponse } from '@dryrun/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { createRoom } from '../api.ts';
import { SoloPractice } from '../assessment/SoloPractice.tsx';
import { CopyLink } from './CopyLink.tsx';
import { HalfFields } from './HalfFields.tsx';
import { ProblemChoice } from './ProblemChoice.tsx';
import { DEFAULT_HALF_MINUTES, NEW_HALF, roomRequestOf } from './roomRequest.ts';
import './home.css';

export function HomePage() {
  const [title, setTitle] = useState('');
  // The room's problem; in two halves, the first half's.
  const [problemSlug, setProblemSlug] = useState<string | null>(null);
  const [twoHalves, setTwoHalves] = useState(false);
  const [firstMinutes, setFirstMinutes] = useState(String(DEFAULT_HALF_MINUTES));
  const [second, setSecond] = useState(NEW_HALF);
  const first = { problemSlug, minutes: firstMinutes };
  const halvesHint = useId();
  const [room, setRoom] = useState<CreateRoomResponse | null>(null);
  const [halvesMade, setHalvesMade] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const linksHeading = useRef<HTMLHeadingElement>(null);
  // The links appear under a long problem list: bring them into view, with the focus.
  useEffect(() => {
    if (room) linksHeading.current?.focus();
  }, [room]);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const form = roomRequestOf({ title, problemSlug, halves: twoHalves ? [first, second] : null });
    if ('error' in form) {
      setError(form.error);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setRoom(await createRoom(form.request));
      setHalvesMade(twoHalves);
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
        <label className="home-check">
          <input
            type="checkbox"
            checked={twoHalves}
            aria-describedby={halvesHint}
            onChange={(e) => setTwoHalves(e.target.checked)}
          />
          Two halves: swap roles midway
        </label>
        <p className="hint" id={halvesHint}>
          Each of you interviews once and is interviewed once, in a room per half, and you give each other feedback.
        </p>
        {twoHalves ? (
          <>
            <HalfFields
              half={1}
              value={first}
              onChange={(next) => {
                setProblemSlug(next.problemSlug);
                setFirstMinutes(next.minutes);
              }}
            />
            <HalfFields half={2} value={second} onChange={setSecond} />
          </>
        ) : (
          <ProblemChoice value={problemSlug} onChange={setProblemSlug} />
        )}
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
          {halvesMade && <p>The same links open the second half, with the interviewer and the candidate swapped.</p>}
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
