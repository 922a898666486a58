import { type Language, languageKey, roomSettings, selectedLanguage } from '@dryrun/shared';
import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * The language of the code on screen, kept in the shared doc so a switch reaches everyone:
 * the room's, or with `problem`, that problem's own (an assessment's problems each keep theirs).
 */
export function useLanguage(doc: Y.Doc, problem?: string): [Language, (language: Language) => void] {
  const settings = roomSettings(doc);
  const subscribe = useCallback(
    (onChange: () => void) => {
      settings.observe(onChange);
      return () => settings.unobserve(onChange);
    },
    [settings],
  );
  const language = useSyncExternalStore(subscribe, () => selectedLanguage(doc, problem));
  const setLanguage = useCallback(
    (next: Language) => settings.set(problem === undefined ? 'language' : languageKey(problem), next),
    [settings, problem],
  );
  return [language, setLanguage];
}
