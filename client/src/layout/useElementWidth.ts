import { useCallback, useState } from 'react';

/**
 * An element's content width in CSS pixels, kept current as it resizes, with the ref to put
 * on the element; `initial` until it is measured.
 */
export function useElementWidth<E extends Element>(initial: number): [(element: E | null) => void, number] {
  const [width, setWidth] = useState(initial);
  const ref = useCallback((element: E | null) => {
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
