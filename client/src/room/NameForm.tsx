import { LIMITS } from '@dryrun/shared';
import { type FormEvent, useId, useState } from 'react';

/** Asks for the name others will see; this browser remembers it (the caller stores it). */
export function NameForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: string;
  submitLabel: string;
  onSubmit: (name: string) => void;
  /** A Cancel button, where there is something to go back to. */
  onCancel?: () => void;
}) {
  const [name, setName] = useState(initial);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onSubmit(trimmed);
  };
  return (
    <form onSubmit={submit} className="name-form">
      <label htmlFor={id}>Your name, as others will see it</label>
      <div className="name-form-row">
        <input
          id={id}
          value={name}
          maxLength={LIMITS.maxNameLength}
          onChange={(e) => setName(e.target.value)}
          autoComplete="nickname"
          // biome-ignore lint/a11y/noAutofocus: the form opens to be typed into (on its own page, or on "Change name")
          autoFocus
          required
        />
        <button type="submit" className="primary" disabled={!name.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <p className="hint">This browser remembers it for every room; you can change it in the room.</p>
    </form>
  );
}
