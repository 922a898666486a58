/**
 * zod schemas for the two JSON files of a problem folder: `problem.json` (metadata) and the
 * shape of `tests.json`. Values inside tests are checked separately by `testValues.ts`,
 * and rules that span files (entry in the starters, checker.js present) by the loader.
 */
import { RUBRIC_DIMENSIONS, type RubricDimension } from '@dryrun/shared';
import { z } from 'zod';
import { DIFFICULTIES, TOPICS } from './catalog.ts';

const identifier = z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier');

/** A TypeScript type as written in the starter, such as `number[]` or `Map<string, number>`. */
const typeText = z.string().trim().min(1, 'must name a TypeScript type');

const paramSchema = z.strictObject({ name: identifier, type: typeText });
export type Param = z.infer<typeof paramSchema>;

const functionSignatureSchema = z.strictObject({ params: z.array(paramSchema), returns: typeText });
export type FunctionSignature = z.infer<typeof functionSignatureSchema>;

const methodSchema = z.strictObject({ name: identifier, params: z.array(paramSchema), returns: typeText });
export type MethodSignature = z.infer<typeof methodSchema>;

const classSignatureSchema = z.strictObject({
  constructor: z.array(paramSchema),
  methods: z
    .array(methodSchema)
    .min(1, 'a class needs at least one method')
    .refine((methods) => new Set(methods.map((m) => m.name)).size === methods.length, 'method names must be unique')
    .refine((methods) => methods.every((m) => m.name !== 'new'), '"new" is reserved for the constructor call'),
});
export type ClassSignature = z.infer<typeof classSignatureSchema>;

export type Signature = FunctionSignature | ClassSignature;

/** `O(1)`, `O(n log n)`, `O(n²)` (see `COMPLEXITY_CLASSES`) or a free form like `O(n + m)`. */
const complexityText = z.string().regex(/^O\(.+\)$/, 'must read O(...), e.g. "O(n log n)" or "O(n + m)"');

/**
 * How the judge decides an answer is right, normalised from the JSON forms `"exact"`,
 * `"unordered"`, `{ "float": 1e-6 }` and `"checker"`:
 * - `exact`: deep equality (`NaN` equals `NaN`, `0` and `-0` differ, key order ignored);
 * - `unordered`: the top-level array compared as a multiset;
 * - `float`: numbers may differ by `tolerance` (absolute or relative, whichever is looser);
 * - `checker`: the problem's `checker.js` decides.
 */
export type CompareSpec =
  | { kind: 'exact' }
  | { kind: 'unordered' }
  | { kind: 'float'; tolerance: number }
  | { kind: 'checker' };

const compareSchema = z.union([
  z.enum(['exact', 'unordered', 'checker']).transform((kind): CompareSpec => ({ kind })),
  z
    .strictObject({ float: z.number().positive() })
    .transform(({ float }): CompareSpec => ({ kind: 'float', tolerance: float })),
]);

const positiveInt = z.number().int().positive();

/** Overrides of the judge's per-run limits; anything left out keeps the default. */
const limitsSchema = z.strictObject({
  timeoutMs: positiveInt.optional(),
  /** Deterministic interpreter steps per test. */
  steps: positiveInt.optional(),
  memoryBytes: positiveInt.optional(),
  /**
   * At most 1 MiB: QuickJS's frames run on the worker thread's own stack, which deeper
   * sandbox stacks would overflow (the host, not the program, would fail).
   */
  stackBytes: positiveInt.max(1024 * 1024, 'at most 1 MiB (1048576)').optional(),
  outputBytes: positiveInt.optional(),
  /** Wall-clock budget of a whole submission. */
  submissionMs: positiveInt.optional(),
});
export type ProblemLimits = z.infer<typeof limitsSchema>;

const commonFields = {
  title: z.string().trim().min(1).max(120),
  difficulty: z.enum(DIFFICULTIES),
  topics: z
    .array(z.enum(TOPICS))
    .min(1, 'name at least one topic')
    .refine((topics) => new Set(topics).size === topics.length, 'topics must not repeat'),
  entry: identifier,
  complexity: z.strictObject({ time: complexityText, space: complexityText }),
  compare: compareSchema,
  limits: limitsSchema.default({}),
  /**
   * The function the tests call when it is not `entry` itself: a driver defined in
   * `harness.js` that builds inputs (a tree from an array, timers on the virtual clock),
   * calls the candidate's `entry` and turns its answer into plain data.
   */
  driver: identifier.optional(),
};

/** `problem.json`. The signature's shape follows `kind`. */
export const problemMetaSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...commonFields, kind: z.enum(['function', 'async']), signature: functionSignatureSchema }),
  z.strictObject({ ...commonFields, kind: z.literal('class'), signature: classSignatureSchema }),
]);
export type ProblemMeta = z.infer<typeof problemMetaSchema>;

const nameSchema = z.string().trim().min(1).max(80);

/** A test whose input comes from `generator.js` and whose answer from `solution.js`. */
export const generatedTestSchema = z.strictObject({
  name: nameSchema,
  generate: z.strictObject({ size: z.number().int().nonnegative(), seed: z.number().int() }),
});

/** A test of a `function` or `async` problem, values still in their JSON encoding. */
export const argsTestSchema = z.strictObject({
  name: nameSchema,
  args: z.array(z.unknown()),
  expected: z.unknown().optional(),
});

/** A test of a `class` problem: `["new", ...ctorArgs]`, then `[method, ...args]` calls. */
export const callsTestSchema = z.strictObject({
  name: nameSchema,
  calls: z.array(z.tuple([z.string().min(1)], z.unknown())).min(1, 'a class test makes at least the "new" call'),
  expected: z.array(z.unknown()).optional(),
});

/** `tests.json`; each test is checked by the schema its keys call for. */
export const testsFileSchema = z.strictObject({
  visible: z.array(z.unknown()),
  hidden: z.array(z.unknown()),
});

const guideText = z.string().trim().min(1).max(2000);
const guideList = z.array(guideText);

/**
 * `guide.json`, the interviewer guide (never shown to a candidate): three hints from gentle
 * to explicit, follow-up questions, common mistakes, and for each rubric dimension what a
 * strong and a weak performance look like on this problem. Text is Markdown.
 */
export const guideSchema = z.strictObject({
  hints: z.tuple([guideText, guideText, guideText]),
  followUps: guideList.min(2, 'give at least two follow-up questions'),
  mistakes: guideList.min(2, 'name at least two common mistakes'),
  rubric: z.strictObject(
    Object.fromEntries(
      RUBRIC_DIMENSIONS.map((dimension) => [dimension, z.strictObject({ strong: guideText, weak: guideText })]),
    ) as Record<RubricDimension, z.ZodObject<{ strong: typeof guideText; weak: typeof guideText }>>,
  ),
});
export type Guide = z.infer<typeof guideSchema>;
