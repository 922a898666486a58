import { LIMITS } from '@dryrun/shared';
import { type FormEvent, useState } from 'react';

export function NamePrompt({ initial, onSubmit }: { initial: string; onSubmit: (name: string) => void }) {
  const [name, setName] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onSubmit(trimmed);
  };
  return (
    <main className="page narrow">
      <h1>Join the interview</h1>
      <form onSubmit={submit} className="stack">
        <label htmlFor="display-name">Your name, as others will see it</label>
        <input
          id="display-name"
          value={name}
          maxLength={LIMITS.maxNameLength}
          onChange={(e) => setName(e.target.value)}
          autoComplete="nickname"
          // biome-ignore lint/a11y/noAutofocus: the only field on the page
          autoFocus
          required
        />
        <button type="submit" className="primary" disabled={!name.trim()}>
          Join
        </button>
      </form>
    </main>
  );
}
