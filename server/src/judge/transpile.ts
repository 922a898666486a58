import type { CodeError, Language } from '@dryrun/shared';
import { transform } from 'sucrase';

export type Transpiled = { code: string; error?: undefined } | { code?: undefined; error: CodeError };

/**
 * TypeScript to JavaScript by stripping types (sucrase). Sucrase keeps every line where it
 * was, so runtime errors in the output point at the candidate's own lines. Modern syntax
 * is left alone: QuickJS runs it as written.
 */
export function toJavaScript(source: string, language: Language): Transpiled {
  if (language === 'javascript') return { code: source };
  try {
    return { code: transform(source, { transforms: ['typescript'], disableESTransforms: true }).code };
  } catch (error) {
    const { message, loc } = error as { message?: string; loc?: { line: number; column: number } };
    return {
      error: {
        name: 'SyntaxError',
        // "Unexpected token (1:19)": the location is reported separately.
        message: (message ?? 'could not compile').replace(/\s*\(\d+:\d+\)$/, ''),
        line: loc?.line ?? null,
        // sucrase (like Babel) counts columns from 0.
        column: loc ? loc.column + 1 : null,
      },
    };
  }
}
