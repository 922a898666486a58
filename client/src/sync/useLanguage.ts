import { type Language, roomSettings, selectedLanguage } from '@dryrun/shared';
import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** The room's language, kept in the shared doc so a switch reaches everyone. */
export function useLanguage(doc: Y.Doc): [Language, (language: Language) => void] {
  const settings = roomSettings(doc);
  const subscribe = useCallback(
    (onChange: () => void) => {
      settings.observe(onChange);
      return () => settings.unobserve(onChange);
    },
    [settings],
  );
  const language = useSyncExternalStore(subscribe, () => selectedLanguage(doc));
  const setLanguage = useCallback((next: Language) => settings.set('language', next), [settings]);
  return [language, setLanguage];
}
