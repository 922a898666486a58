import { useState } from 'react';
import { browserStorage } from './browserStorage.ts';

/** A yes/no preference remembered per browser under `key`. */
export function useStoredFlag(key: string, initial: boolean): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    const stored = browserStorage.getItem(key);
    return stored === null ? initial : stored === 'true';
  });
  const set = (next: boolean) => {
    setOn(next);
    browserStorage.setItem(key, String(next));
  };
  return [on, set];
}
