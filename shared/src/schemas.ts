/**
 * zod schemas for every payload a server receives, derived from the protocol in
 * `protocol.ts`. The server validates at its edge with these; clients need not import them.
 */
import { z } from 'zod';
import { ASSESSMENT_DIFFICULTIES, ASSESSMENT_LIMITS, EXTRA_TIME_PERCENTS } from './assessment.ts';
import { parseComplexity } from './complexity.ts';
import { DOC_NAMES } from './docLayout.ts';
import { EVIDENCE_KINDS, NOTE_TAGS, RECOMMENDATIONS } from './interview.ts';
import { LIMITS } from './limits.ts';
import { PAD_TEST_LIMITS, parsePadTest } from './padTests.ts';
import { PHASE_LIMITS } from './phases.ts';
import { RUN_MODES } from './protocol.ts';
import { RUBRIC_DIMENSIONS } from './rubric.ts';
import { SESSION_LIMITS, SWAP_ACTIONS, type SwapRequest } from './session.ts';
import { cleanLine } from './text.ts';

/** A name others see on one line: invisible and control characters go (`cleanLine`). */
const nameTooLong = `a name is at most ${LIMITS.maxNameLength} characters`;
const displayName = z
  .string()
  .max(LIMITS.maxNameLength * 4, nameTooLong)
  .transform(cleanLine)
  .pipe(z.string().min(1, 'a name needs at least one visible character').max(LIMITS.maxNameLength, nameTooLong));

/** A Yjs client id: what Yjs itself makes (`random.uint32()`). */
const clientIdSchema = z.number().int().nonnegative().max(0xffff_ffff);

/** The socket.io handshake `auth` object: which room, which capability, who. */
export const joinRequestSchema = z.object({
  protocolVersion: z.number().int(),
  roomId: z.string().min(1).max(64),
  token: z.string().min(1).max(128),
  name: displayName,
  /** The Yjs client id of every doc this connection edits; its edits and cursor carry it. */
  clientId: clientIdSchema,
  /**
   * Client ids this browser used for the room before (an earlier page load), newest first,
   * so that edits it made under them offline can still be sent. The server grants those it
   * knows as this link's, or has never seen.
   */
  priorClientIds: z.array(clientIdSchema).max(LIMITS.maxPriorClientIds).default([]),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

/** A Yjs relative position as `Y.relativePositionToJSON` writes it (an editor selection's end). */
const relativePositionSchema = z.strictObject({
  type: z.strictObject({ client: clientIdSchema, clock: z.number().int().nonnegative() }).nullish(),
  tname: z.string().max(200).nullish(),
  item: z.strictObject({ client: clientIdSchema, clock: z.number().int().nonnegative() }).nullish(),
  assoc: z.number().int().min(-1).max(0).optional(),
});
const selectionSchema = z.strictObject({ anchor: relativePositionSchema, head: relativePositionSchema });

/**
 * A participant's cursor state in an awareness frame. The server keeps the selections and
 * sets `user` itself (name, colour and role as it admitted the participant): whatever
 * `user` a client sends is replaced.
 */
export const awarenessStateSchema = z
  .object({
    user: z.unknown().optional(),
    selection: selectionSchema.nullish(),
    selections: z.array(selectionSchema).max(LIMITS.maxSelections).optional(),
  })
  .strict();
export type AwarenessState = z.infer<typeof awarenessStateSchema>;

/** A binary frame: Node's Buffer on the server, ArrayBuffer or Uint8Array elsewhere. */
export const frameSchema = z
  .custom<Uint8Array | ArrayBuffer>((v) => v instanceof Uint8Array || v instanceof ArrayBuffer, {
    message: 'expected a binary frame',
  })
  .transform((v) => (v instanceof Uint8Array ? v : new Uint8Array(v)));

export const docNameSchema = z.enum(DOC_NAMES);

/** Arguments of `ClientEvent.sync`. */
export const syncArgsSchema = z.tuple([docNameSchema, frameSchema]);
/** Arguments of `ClientEvent.awareness`. */
export const awarenessArgsSchema = z.tuple([frameSchema]);

const ack = z.custom<(reply: unknown) => void>((v) => typeof v === 'function', {
  message: 'expected an acknowledgement callback',
});

/** Arguments of `ClientEvent.run`: the request, then the acknowledgement callback. */
export const runArgsSchema = z.tuple([
  z.strictObject({
    mode: z.enum(RUN_MODES),
    customInput: z.string().max(LIMITS.maxCustomInputLength).optional(),
    program: z.boolean().optional(),
  }),
  ack,
]);

const problemSlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a problem slug is lowercase letters, digits and dashes');

/** Arguments of `ClientEvent.rename`. */
export const renameArgsSchema = z.tuple([z.strictObject({ name: displayName }), ack]);

/** Arguments of `ClientEvent.setProblem`. */
export const setProblemArgsSchema = z.tuple([z.strictObject({ slug: problemSlugSchema.nullable() }), ack]);

/** Text a person typed: trimmed, not blank, at most `max` characters. */
const typed = (what: string, max: number) =>
  z.string().trim().min(1, `${what} is empty`).max(max, `${what} may be at most ${max} characters`);

const lineNumber = z.number().int().min(1, 'a line number starts at 1').max(100_000).nullable().optional();

/** A complexity as a person types it, checked by `parseComplexity` (e.g. `O(banana)` is refused). */
const complexityText = (what: string) =>
  z.string().transform((text, context) => {
    const parsed = parseComplexity(text);
    if (parsed.ok) return parsed.text;
    context.addIssue({ code: 'custom', message: `${what}: ${parsed.message}` });
    return z.NEVER;
  });

/** Arguments of `ClientEvent.note`. */
export const noteArgsSchema = z.tuple([
  z.strictObject({
    text: typed('the note', LIMITS.maxNoteLength),
    tag: z.enum(NOTE_TAGS).nullable().optional(),
    line: lineNumber,
  }),
  ack,
]);

/** Arguments of `ClientEvent.claim`. */
export const claimArgsSchema = z.tuple([
  z.strictObject({
    time: complexityText('time'),
    space: complexityText('space'),
    reason: typed('the reason', LIMITS.maxClaimReasonLength),
    line: lineNumber,
  }),
  ack,
]);

/** Arguments of `ClientEvent.guide`. */
export const guideArgsSchema = z.tuple([z.strictObject({}), ack]);

/** Arguments of `ClientEvent.revealHint`. */
export const revealHintArgsSchema = z.tuple([z.strictObject({ index: z.number().int().min(0).max(20) }), ack]);

const evidenceRefSchema = z.strictObject({
  kind: z.enum(EVIDENCE_KINDS),
  id: z.string().min(1).max(64),
});

const dimensionScoreSchema = z.strictObject({
  score: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: 'a score is 1, 2, 3 or 4',
  }),
  comment: z.string().trim().max(LIMITS.maxScoreCommentLength),
  evidence: z.array(evidenceRefSchema).max(LIMITS.maxEvidencePerScore),
});

/** A complete scorecard: every rubric dimension scored, a recommendation, the written feedback. */
export const scorecardSchema = z.strictObject({
  scores: z.strictObject(
    Object.fromEntries(RUBRIC_DIMENSIONS.map((d) => [d, dimensionScoreSchema])) as Record<
      (typeof RUBRIC_DIMENSIONS)[number],
      typeof dimensionScoreSchema
    >,
  ),
  recommendation: z.enum(RECOMMENDATIONS),
  strengths: z.string().trim().max(LIMITS.maxFeedbackTextLength),
  improve: z.string().trim().max(LIMITS.maxFeedbackTextLength),
});

/** Arguments of `ClientEvent.submitScorecard`. */
export const submitScorecardArgsSchema = z.tuple([scorecardSchema, ack]);

/** Arguments of `ClientEvent.setPadTests`: each test's call and expected value must read. */
export const setPadTestsArgsSchema = z.tuple([
  z.strictObject({
    tests: z
      .array(
        z
          .strictObject({
            call: z.string().max(PAD_TEST_LIMITS.maxCallLength),
            expected: z.string().max(PAD_TEST_LIMITS.maxExpectedLength),
            hidden: z.boolean(),
          })
          .superRefine((test, context) => {
            const parsed = parsePadTest(test);
            if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message });
          }),
      )
      .max(PAD_TEST_LIMITS.maxTests, `at most ${PAD_TEST_LIMITS.maxTests} tests`),
  }),
  ack,
]);

/** `POST /api/rooms/:id/report/rating` body. */
export const ratingRequestSchema = z.strictObject({
  stars: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
    error: 'a rating is 1 to 5 stars',
  }),
  comment: z.string().trim().max(LIMITS.maxRatingCommentLength).default(''),
});
export type RatingRequest = z.infer<typeof ratingRequestSchema>;

const halfPlanSchema = z.strictObject({
  problemSlug: problemSlugSchema.nullable(),
  minutes: z.number().int().min(SESSION_LIMITS.minMinutes).max(SESSION_LIMITS.maxMinutes),
});

/** `swap:set`: propose, accept, decline or withdraw the swap of roles. */
export const swapArgsSchema = z.tuple([
  z.strictObject({ action: z.enum(SWAP_ACTIONS) }) satisfies z.ZodType<SwapRequest>,
  ack,
]);

/** `POST /api/rooms` body. */
export const createRoomRequestSchema = z
  .object({
    title: z
      .string()
      .max(LIMITS.maxTitleLength * 4)
      .transform(cleanLine)
      .pipe(z.string().max(LIMITS.maxTitleLength))
      .optional(),
    problemSlug: problemSlugSchema.optional(),
    /**
     * A session in two halves: each half's problem (null: a blank pad) and minutes. The first
     * half's problem is the room's (`problemSlug` must agree or be left out).
     */
    halves: z.tuple([halfPlanSchema, halfPlanSchema]).optional(),
  })
  .strict()
  .refine(
    (request) =>
      !request.halves || request.problemSlug === undefined || request.problemSlug === request.halves[0].problemSlug,
    { message: 'the first half’s problem is the room’s problem: give it once', path: ['problemSlug'] },
  );
export type CreateRoomRequest = z.infer<typeof createRoomRequestSchema>;

const topicSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a topic is lowercase letters, digits and dashes');

/** `POST /api/assessments` body: every field optional. */
export const createAssessmentRequestSchema = z
  .strictObject({
    problems: z
      .array(problemSlugSchema)
      .min(1, 'name at least one problem')
      .max(ASSESSMENT_LIMITS.maxProblems, `an assessment has at most ${ASSESSMENT_LIMITS.maxProblems} problems`)
      .refine((slugs) => new Set(slugs).size === slugs.length, 'a problem may be named once')
      .optional(),
    count: z.number().int().min(1).max(ASSESSMENT_LIMITS.maxProblems).optional(),
    difficulty: z.enum(ASSESSMENT_DIFFICULTIES).optional(),
    topics: z.array(topicSchema).min(1).max(ASSESSMENT_LIMITS.maxTopics).optional(),
    minutes: z.number().int().min(1).max(ASSESSMENT_LIMITS.maxMinutes).optional(),
    extraTimePercent: z.union(EXTRA_TIME_PERCENTS.map((p) => z.literal(p))).optional(),
    strict: z.boolean().optional(),
    hints: z.boolean().optional(),
  })
  .refine((r) => !(r.problems && r.count !== undefined && r.count !== r.problems.length), {
    message: 'count and problems disagree: name the problems, or ask for a count',
    path: ['count'],
  })
  .refine((r) => !(r.problems && (r.difficulty !== undefined || r.topics !== undefined)), {
    message: 'difficulty and topics choose problems to draw; with the problems named there is nothing to draw',
    path: ['problems'],
  });
export type CreateAssessmentRequest = z.infer<typeof createAssessmentRequestSchema>;

/** Arguments of `ClientEvent.startAssessment` and `ClientEvent.finishAssessment`. */
export const assessmentControlArgsSchema = z.tuple([z.strictObject({}), ack]);

const integritySignalSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('paste'), problemSlug: problemSlugSchema, chars: z.number().int().min(1).max(1e8) }),
  z.strictObject({
    kind: z.literal('pasteBlocked'),
    problemSlug: problemSlugSchema,
    chars: z.number().int().min(0).max(1e8),
  }),
  z.strictObject({ kind: z.literal('dropBlocked'), problemSlug: problemSlugSchema }),
  z.strictObject({ kind: z.literal('left') }),
  z.strictObject({
    kind: z.literal('returned'),
    awayMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600_000),
  }),
]);

/** Arguments of `ClientEvent.integrity`. */
export const integrityArgsSchema = z.tuple([integritySignalSchema, ack]);

/** One phase of a plan: a name on one line and whole minutes. */
const phaseSchema = z.strictObject({
  name: z
    .string()
    .max(PHASE_LIMITS.maxName * 4)
    .transform(cleanLine)
    .pipe(
      z
        .string()
        .min(1, 'a phase needs a name')
        .max(PHASE_LIMITS.maxName, `a phase name is at most ${PHASE_LIMITS.maxName} characters`),
    ),
  minutes: z.number().int().min(1).max(PHASE_LIMITS.maxMinutes),
});

/** `phases:set`: plan (and start) the phases, go to one, or stop the timer. */
export const phasesArgsSchema = z.tuple([
  z.discriminatedUnion('action', [
    z.strictObject({ action: z.literal('plan'), phases: z.array(phaseSchema).min(1).max(PHASE_LIMITS.maxPhases) }),
    z.strictObject({
      action: z.literal('go'),
      index: z
        .number()
        .int()
        .min(0)
        .max(PHASE_LIMITS.maxPhases - 1),
    }),
    z.strictObject({ action: z.literal('stop') }),
  ]),
  ack,
]);
