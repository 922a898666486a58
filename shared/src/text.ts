const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

/**
 * Text people type that others see in a line of their own: display names, room titles.
 * Control characters, bidirectional overrides and isolates, zero-width and other
 * invisible format characters, line and paragraph separators, private-use, unassigned and
 * lone surrogate code points are removed (a name could otherwise reorder or hide what is
 * shown around it), runs of white space become one space, and the ends are trimmed.
 */
export function cleanLine(text: string): string {
  // White space first (tabs, new lines and separators are controls too): words stay apart.
  return text.replace(/\s+/gu, ' ').replace(INVISIBLE_OR_CONTROL, '').replace(/ {2,}/g, ' ').trim();
}
