/**
 * The Monaco module the app uses, loaded lazily with the editor chunk. Importing this file
 * installs the workers first, then the full editor with the TypeScript/JavaScript services.
 */
import { installMonacoEnvironment } from './monacoEnvironment.ts';

installMonacoEnvironment();

export * as monaco from 'monaco-editor';
