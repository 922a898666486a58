import { lazy } from 'react';

/** Fetches the editor chunk (Monaco, the Yjs binding) once; later calls share the download. */
export const loadEditor = () => import('./CollabEditor.tsx');

/**
 * Monaco is the heaviest part of the app: pages render first and show the editor once its
 * chunk is in. The room calls {@link loadEditor} as soon as it opens, in parallel with joining.
 */
export const CollabEditor = lazy(loadEditor);
