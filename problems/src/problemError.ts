import type { z } from 'zod';

/**
 * One mistake in a problem folder, located for the author: the file (relative to the
 * problems root, e.g. `two-sum/problem.json`) and, inside it, the field as a dotted path
 * (`signature.params.0.type`, `hidden.3.args.0`), or `null` when the whole file is at fault.
 */
export interface ProblemError {
  slug: string;
  file: string;
  field: string | null;
  message: string;
}

/** `two-sum/problem.json: signature.params.0.type: must name a TypeScript type` */
export function formatProblemError(error: ProblemError): string {
  return [error.file, error.field, error.message].filter((part) => part !== null && part !== '').join(': ');
}

export function fieldPath(path: readonly PropertyKey[]): string | null {
  return path.length === 0 ? null : path.map(String).join('.');
}

/** zod's issues as problem errors; an unknown key is reported at the key itself. */
export function issuesToErrors(
  slug: string,
  file: string,
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
): ProblemError[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          slug,
          file,
          field: fieldPath([...prefix, ...issue.path, key]),
          message: `unknown field "${key}"`,
        }))
      : [{ slug, file, field: fieldPath([...prefix, ...issue.path]), message: issue.message }],
  );
}
