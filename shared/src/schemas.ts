/**
 * zod schemas for every payload a server receives, derived from the protocol in
 * `protocol.ts`. The server validates at its edge with these; clients need not import them.
 */
import { z } from 'zod';
import { DOC_NAMES } from './docLayout.ts';
import { LIMITS } from './limits.ts';
import { RUN_MODES } from './protocol.ts';

const displayName = z.string().trim().min(1).max(LIMITS.maxNameLength);

/** The socket.io handshake `auth` object: which room, which capability, who. */
export const joinRequestSchema = z.object({
  protocolVersion: z.number().int(),
  roomId: z.string().min(1).max(64),
  token: z.string().min(1).max(128),
  name: displayName,
  /** The Yjs client id of the shared doc; awareness entries must use it. */
  clientId: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;

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

/** Arguments of `ClientEvent.run`: the request, then the acknowledgement callback. */
export const runArgsSchema = z.tuple([
  z.strictObject({
    mode: z.enum(RUN_MODES),
    customInput: z.string().max(LIMITS.maxCustomInputLength).optional(),
  }),
  z.custom<(reply: unknown) => void>((v) => typeof v === 'function', {
    message: 'expected an acknowledgement callback',
  }),
]);

const problemSlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a problem slug is lowercase letters, digits and dashes');

/** Arguments of `ClientEvent.setProblem`. */
export const setProblemArgsSchema = z.tuple([
  z.strictObject({ slug: problemSlugSchema.nullable() }),
  z.custom<(reply: unknown) => void>((v) => typeof v === 'function', {
    message: 'expected an acknowledgement callback',
  }),
]);

/** `POST /api/rooms` body. */
export const createRoomRequestSchema = z
  .object({
    title: z.string().trim().max(LIMITS.maxTitleLength).optional(),
    problemSlug: problemSlugSchema.optional(),
  })
  .strict();
export type CreateRoomRequest = z.infer<typeof createRoomRequestSchema>;
