import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** A Yjs type, as far as watching it goes. */
interface Observable {
  observeDeep(observer: () => void): void;
  unobserveDeep(observer: () => void): void;
}

/**
 * A Yjs type's contents as React state: `read` runs again after every change of the type
 * (or anything nested in it), and the component re-renders with the new value.
 */
export function useYValue<T>(type: Observable, read: () => T): T {
  const cache = useRef<{ type: Observable; value: T } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = () => {
        cache.current = null;
        onChange();
      };
      type.observeDeep(observer);
      return () => type.unobserveDeep(observer);
    },
    [type],
  );
  const snapshot = () => {
    if (cache.current?.type !== type) cache.current = { type, value: read() };
    return cache.current.value;
  };
  return useSyncExternalStore(subscribe, snapshot);
}

/** The entries of a Y.Array, oldest first. */
export function useYArray<T>(array: Y.Array<T>): readonly T[] {
  return useYValue(array, () => array.toArray());
}
