import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.ts';
import { PROTOCOL_VERSION, roomPath } from './protocol.ts';
import {
  awarenessArgsSchema,
  createRoomRequestSchema,
  docNameSchema,
  frameSchema,
  joinRequestSchema,
  syncArgsSchema,
} from './schemas.ts';

const goodJoin = {
  protocolVersion: PROTOCOL_VERSION,
  roomId: 'abc123DEF_-x',
  token: 'Qk9PTV9JVF9XT1JLUw',
  name: 'Alice',
  clientId: 123456789,
};

describe('joinRequestSchema', () => {
  it('accepts a good join request, with no earlier client ids by default', () => {
    expect(joinRequestSchema.parse(goodJoin)).toEqual({ ...goodJoin, priorClientIds: [] });
    const prior = [1, 2 ** 32 - 1];
    expect(joinRequestSchema.parse({ ...goodJoin, priorClientIds: prior }).priorClientIds).toEqual(prior);
  });

  it('strips invisible and control characters from the name, and refuses a name of nothing else', () => {
    expect(joinRequestSchema.parse({ ...goodJoin, name: 'Eve\u202E\u200B (host)' }).name).toBe('Eve (host)');
    expect(joinRequestSchema.safeParse({ ...goodJoin, name: '\u202E\u200B\u0007' }).success).toBe(false);
  });

  it('refuses too many or malformed earlier client ids', () => {
    for (const priorClientIds of [
      Array.from({ length: LIMITS.maxPriorClientIds + 1 }, (_, i) => i),
      [-1],
      [1.5],
      ['2'],
    ]) {
      expect(joinRequestSchema.safeParse({ ...goodJoin, priorClientIds }).success).toBe(false);
    }
  });

  it('trims the display name', () => {
    expect(joinRequestSchema.parse({ ...goodJoin, name: '  Alice Doe \n' }).name).toBe('Alice Doe');
  });

  it('takes names up to the limit, after trimming', () => {
    const longest = 'x'.repeat(LIMITS.maxNameLength);
    expect(joinRequestSchema.parse({ ...goodJoin, name: longest }).name).toBe(longest);
    expect(joinRequestSchema.parse({ ...goodJoin, name: `  ${longest}  ` }).name).toBe(longest);
  });

  it('refuses empty, blank and too long names', () => {
    for (const name of ['', '   ', '\t\n', 'x'.repeat(LIMITS.maxNameLength + 1)]) {
      expect(joinRequestSchema.safeParse({ ...goodJoin, name }).success, JSON.stringify(name)).toBe(false);
    }
  });

  it('refuses wrong types and missing fields', () => {
    const bad: Record<string, unknown>[] = [
      { ...goodJoin, protocolVersion: '1' },
      { ...goodJoin, protocolVersion: 1.5 },
      { ...goodJoin, roomId: 42 },
      { ...goodJoin, roomId: '' },
      { ...goodJoin, roomId: 'r'.repeat(65) },
      { ...goodJoin, token: null },
      { ...goodJoin, token: '' },
      { ...goodJoin, token: 't'.repeat(129) },
      { ...goodJoin, name: 7 },
      { ...goodJoin, clientId: -1 },
      { ...goodJoin, clientId: 1.5 },
      { ...goodJoin, clientId: '12' },
      { ...goodJoin, clientId: Number.MAX_SAFE_INTEGER + 2 },
      { ...goodJoin, clientId: Number.NaN },
      { ...goodJoin, clientId: Number.POSITIVE_INFINITY },
    ];
    for (const key of Object.keys(goodJoin)) {
      const { [key]: _, ...without } = goodJoin as Record<string, unknown>;
      bad.push(without);
    }
    for (const value of bad) {
      expect(joinRequestSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
    expect(joinRequestSchema.safeParse(null).success).toBe(false);
    expect(joinRequestSchema.safeParse('join').success).toBe(false);
  });

  it('accepts the edges of the numeric ranges', () => {
    expect(joinRequestSchema.safeParse({ ...goodJoin, clientId: 0 }).success).toBe(true);
    expect(joinRequestSchema.safeParse({ ...goodJoin, clientId: 2 ** 32 - 1 }).success).toBe(true);
    expect(joinRequestSchema.safeParse({ ...goodJoin, clientId: 2 ** 32 }).success).toBe(false);
    expect(joinRequestSchema.safeParse({ ...goodJoin, roomId: 'r'.repeat(64), token: 't'.repeat(128) }).success).toBe(
      true,
    );
  });
});

describe('frameSchema', () => {
  it('passes a Uint8Array (and a Buffer) through as is', () => {
    const bytes = Uint8Array.of(1, 2, 3);
    expect(frameSchema.parse(bytes)).toBe(bytes);
    const buffer = Buffer.from([4, 5]);
    expect(frameSchema.parse(buffer)).toBe(buffer);
  });

  it('converts an ArrayBuffer into a Uint8Array over the same bytes', () => {
    const raw = Uint8Array.of(9, 8, 7).buffer;
    const parsed = frameSchema.parse(raw);
    expect(parsed).toBeInstanceOf(Uint8Array);
    expect(Array.from(parsed)).toEqual([9, 8, 7]);
  });

  it('refuses anything that is not binary', () => {
    for (const value of [
      'AQID',
      [1, 2, 3],
      { 0: 1, length: 1 },
      null,
      undefined,
      42,
      new Uint16Array([1]),
      new DataView(new ArrayBuffer(2)),
    ]) {
      expect(frameSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});

describe('syncArgsSchema', () => {
  it('accepts both doc names with a binary frame', () => {
    const frame = Uint8Array.of(0, 0);
    expect(syncArgsSchema.parse(['shared', frame])).toEqual(['shared', frame]);
    expect(syncArgsSchema.parse(['private', frame])).toEqual(['private', frame]);
  });

  it('converts an ArrayBuffer frame to a Uint8Array', () => {
    const [doc, frame] = syncArgsSchema.parse(['shared', Uint8Array.of(2, 1, 0).buffer]);
    expect(doc).toBe('shared');
    expect(frame).toBeInstanceOf(Uint8Array);
    expect(Array.from(frame)).toEqual([2, 1, 0]);
  });

  it('refuses unknown doc names, non-binary frames and wrong arity', () => {
    const frame = Uint8Array.of(0);
    const bad: unknown[] = [
      ['notes', frame],
      ['Shared', frame],
      ['', frame],
      [0, frame],
      ['shared', 'AA=='],
      ['shared', [0, 0]],
      ['shared', null],
      ['shared'],
      [frame],
      [],
      'shared',
      ['shared', frame, 'extra'],
    ];
    for (const value of bad) expect(syncArgsSchema.safeParse(value).success, String(value)).toBe(false);
  });

  it('names exactly the three docs', () => {
    expect(docNameSchema.options).toEqual(['shared', 'question', 'private']);
  });
});

describe('awarenessArgsSchema', () => {
  it('accepts one binary frame and converts an ArrayBuffer', () => {
    const frame = Uint8Array.of(1, 2);
    expect(awarenessArgsSchema.parse([frame])[0]).toBe(frame);
    const [converted] = awarenessArgsSchema.parse([Uint8Array.of(5).buffer]);
    expect(converted).toBeInstanceOf(Uint8Array);
    expect(Array.from(converted)).toEqual([5]);
  });

  it('refuses non-binary frames and wrong arity', () => {
    for (const value of [[], ['x'], [{ type: 'Buffer', data: [1] }], [Uint8Array.of(1), Uint8Array.of(2)], null]) {
      expect(awarenessArgsSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
  });
});

describe('createRoomRequestSchema', () => {
  it('accepts an empty body and each optional field', () => {
    expect(createRoomRequestSchema.parse({})).toEqual({});
    expect(createRoomRequestSchema.parse({ title: 'Frontend loop', problemSlug: 'two-sum' })).toEqual({
      title: 'Frontend loop',
      problemSlug: 'two-sum',
    });
    expect(createRoomRequestSchema.parse({ problemSlug: '0' })).toEqual({ problemSlug: '0' });
    expect(createRoomRequestSchema.parse({ problemSlug: `a${'-'.repeat(63)}` }).problemSlug).toHaveLength(64);
  });

  it('trims the title and keeps it within the limit', () => {
    expect(createRoomRequestSchema.parse({ title: '  Mock #1  ' }).title).toBe('Mock #1');
    const longest = 't'.repeat(LIMITS.maxTitleLength);
    expect(createRoomRequestSchema.parse({ title: ` ${longest} ` }).title).toBe(longest);
    expect(createRoomRequestSchema.safeParse({ title: 't'.repeat(LIMITS.maxTitleLength + 1) }).success).toBe(false);
    expect(createRoomRequestSchema.safeParse({ title: 42 }).success).toBe(false);
  });

  it('refuses unknown keys', () => {
    for (const body of [{ admin: true }, { title: 'x', role: 'interviewer' }, { problem_slug: 'two-sum' }]) {
      expect(createRoomRequestSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });

  it('refuses bad problem slugs', () => {
    for (const problemSlug of [
      '',
      'Two-Sum',
      '-leading-dash',
      'has space',
      'under_score',
      'dot.slug',
      '../etc/passwd',
      'ünïcode',
      `a${'b'.repeat(64)}`,
      'two-sum\n',
      42,
      null,
    ]) {
      expect(createRoomRequestSchema.safeParse({ problemSlug }).success, JSON.stringify(problemSlug)).toBe(false);
    }
  });

  it('refuses non-objects', () => {
    for (const body of [null, 'two-sum', [], 1]) {
      expect(createRoomRequestSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});

describe('roomPath', () => {
  it('encodes the room id into the path', () => {
    expect(roomPath('abc')).toBe('/room/abc');
    expect(roomPath('a/b?c')).toBe('/room/a%2Fb%3Fc');
  });
});
