import { fileURLToPath } from 'node:url';

/** The folder holding one sub-folder per problem (`problems/<slug>/`). */
export const PROBLEMS_ROOT = fileURLToPath(new URL('..', import.meta.url));
