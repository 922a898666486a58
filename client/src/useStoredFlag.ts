import { useState } from 'react';
import { browserStorage } from './browserStorage.ts';

/** A yes/no preference remembered per browser under `key`; set it to a value or from the last. */
export function useStoredFlag(
  key: string,
  initial: boolean,
): [boolean, (next: boolean | ((on: boolean) => boolean)) => void] {
  const [on, setOn] = useState(() => {
    const stored = browserStorage.getItem(key);
    return stored === null ? initial : stored === 'true';
  });
  const set = (next: boolean | ((on: boolean) => boolean)) =>
    setOn((last) => {
      const value = typeof next === 'function' ? next(last) : next;
      // Idempotent, so React calling this updater twice (strict mode) writes the same twice.
      browserStorage.setItem(key, String(value));
      return value;
    });
  return [on, set];
}
