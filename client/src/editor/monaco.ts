/**
 * The Monaco module the app uses, loaded lazily with the editor chunk: the editor core, the
 * editing features a coding interview uses, JavaScript and TypeScript (with their language
 * service) and Markdown (private notes). Not `monaco-editor`'s main entry, which brings about
 * eighty languages, the CSS, HTML and JSON services and their workers, and the diff editor.
 * Not Monaco's own Tab-moves-focus toggle: the room has its own (CollabEditor.tsx), whose
 * state it can show. Importing this file also tells Monaco where its workers are (it asks
 * when it first needs one).
 */
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/common/standaloneStrings.js';
// Editing.
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/caretOperations/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/fontZoom/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/lineSelection/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/readOnlyMessage/register.js';
import 'monaco-editor/features/smartSelect/register.js';
import 'monaco-editor/features/snippet/register.js';
import 'monaco-editor/features/tokenization/register.js';
import 'monaco-editor/features/unicodeHighlighter/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';
// What the TypeScript service offers: completion, hovers, signatures, errors, fixes, rename.
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/features/suggest/register.js';
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/parameterHints/register.js';
import 'monaco-editor/features/codeAction/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus.js';
import 'monaco-editor/features/gotoSymbol/register.js';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands.js';
import 'monaco-editor/features/referenceSearch/register.js';
import 'monaco-editor/features/rename/register.js';
import 'monaco-editor/features/format/register.js';
import 'monaco-editor/features/documentSymbols/register.js';
import 'monaco-editor/features/semanticTokens/register.js';
import 'monaco-editor/editor/contrib/semanticTokens/browser/documentSemanticTokens.js';
// The command palette (F1), Go to line (Ctrl+G), Go to symbol (Ctrl+Shift+O).
import 'monaco-editor/features/quickCommand/register.js';
import 'monaco-editor/features/quickHelp/register.js';
import 'monaco-editor/features/gotoLine/register.js';
import 'monaco-editor/features/quickOutline/register.js';
// Languages.
import 'monaco-editor/languages/definitions/javascript/register.js';
import 'monaco-editor/languages/definitions/typescript/register.js';
import 'monaco-editor/languages/definitions/markdown/register.js';
import 'monaco-editor/languages/features/typescript/register.js';

import { installMonacoEnvironment } from './monacoEnvironment.ts';

installMonacoEnvironment();

export * as monaco from 'monaco-editor/editor/editor.api.js';
