import { monaco } from './monaco.ts';

/**
 * Monaco's light and dark themes with the token colours that read below 4.5:1 on their
 * background raised to it (WCAG AA): comments, regular expressions and predefined names in
 * the dark theme, annotations in the light one. High contrast keeps Monaco's own themes.
 */
monaco.editor.defineTheme('dryrun-light', {
  base: 'vs',
  inherit: true,
  rules: [{ token: 'annotation', foreground: '6E6E6E' }],
  colors: {},
});
monaco.editor.defineTheme('dryrun-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'comment', foreground: '6A9955' },
    { token: 'regexp', foreground: 'D16969' },
    { token: 'variable.predefined', foreground: '7F9FDC' },
  ],
  colors: {},
});

const DARK = '(prefers-color-scheme: dark)';
const MORE_CONTRAST = '(prefers-contrast: more)';

/** Follows the system: dark, light, or high contrast when the user asks for more contrast. */
function systemTheme(): string {
  const dark = matchMedia(DARK).matches;
  if (matchMedia(MORE_CONTRAST).matches) return dark ? 'hc-black' : 'hc-light';
  return dark ? 'dryrun-dark' : 'dryrun-light';
}

/**
 * Sets the editors' theme from the system's colour scheme and contrast, now and whenever
 * either changes; returns the unsubscribe. (Monaco's theme is global: one for every editor.)
 */
export function followSystemTheme(): () => void {
  const apply = () => monaco.editor.setTheme(systemTheme());
  apply();
  const queries = [matchMedia(DARK), matchMedia(MORE_CONTRAST)];
  for (const query of queries) query.addEventListener('change', apply);
  return () => {
    for (const query of queries) query.removeEventListener('change', apply);
  };
}
