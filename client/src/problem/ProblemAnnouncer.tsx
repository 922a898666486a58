import { useEffect, useRef, useState } from 'react';

/**
 * Tells screen-reader users when the room's problem changes under them (not when the room
 * first opens): the editor's code changes at the same moment.
 */
export function ProblemAnnouncer({ slug, title }: { slug: string | null; title: string | null }) {
  const [message, setMessage] = useState('');
  const previous = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = slug;
    if (before === undefined || before === slug) return;
    setMessage(slug === null ? 'The room is now a blank pad.' : `The problem is now ${title ?? slug}.`);
  }, [slug, title]);
  return (
    <p className="visually-hidden" role="status">
      {message}
    </p>
  );
}
