import { ROLES, type Role } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { hashToken, newRoomId, newToken, roleForToken } from './tokens.ts';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function roomTokens() {
  const tokens = { interviewer: newToken(), candidate: newToken(), observer: newToken() };
  const hashes = Object.fromEntries(ROLES.map((r) => [r, hashToken(tokens[r])])) as Record<Role, string>;
  return { tokens, hashes };
}

describe('newToken', () => {
  it('carries at least 128 random bits, URL-safe', () => {
    for (let i = 0; i < 50; i++) {
      const token = newToken();
      expect(token).toMatch(BASE64URL);
      expect(Buffer.from(token, 'base64url').byteLength * 8).toBeGreaterThanOrEqual(128);
      expect(token.length * 6).toBeGreaterThanOrEqual(128);
    }
  });

  it('never repeats', () => {
    const tokens = new Set(Array.from({ length: 10_000 }, () => newToken()));
    expect(tokens.size).toBe(10_000);
  });

  it('uses every bit position (not a constant prefix or suffix)', () => {
    const decoded = Array.from({ length: 200 }, () => Buffer.from(newToken(), 'base64url'));
    for (let byte = 0; byte < 16; byte++) {
      const values = new Set(decoded.map((b) => b[byte]));
      expect(values.size, `byte ${byte}`).toBeGreaterThan(50);
    }
  });
});

describe('newRoomId', () => {
  it('is 12 URL-safe characters and unique', () => {
    const ids = Array.from({ length: 5000 }, () => newRoomId());
    for (const id of ids.slice(0, 50)) {
      expect(id).toMatch(BASE64URL);
      expect(id).toHaveLength(12);
      expect(encodeURIComponent(id)).toBe(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('hashToken', () => {
  it('is a SHA-256 hex digest, never the token itself', () => {
    const token = newToken();
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(token);
    expect(hash).not.toContain(token);
    // The known SHA-256 test vector.
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is deterministic and tells tokens apart', () => {
    const a = newToken();
    const b = newToken();
    expect(hashToken(a)).toBe(hashToken(a));
    expect(hashToken(a)).not.toBe(hashToken(b));
    expect(hashToken(a)).not.toBe(hashToken(`${a} `));
  });
});

describe('roleForToken', () => {
  it('finds the role of each token', () => {
    const { tokens, hashes } = roomTokens();
    for (const role of ROLES) expect(roleForToken(tokens[role], hashes)).toBe(role);
  });

  it('refuses a wrong, empty or nearly-right token', () => {
    const { tokens, hashes } = roomTokens();
    const candidate = tokens.candidate;
    const flipped = `${candidate.slice(0, -1)}${candidate.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [
      '',
      newToken(),
      flipped,
      candidate.slice(1),
      `${candidate}x`,
      candidate.toUpperCase() === candidate ? candidate.toLowerCase() : candidate.toUpperCase(),
      hashes.candidate,
      ' ',
    ]) {
      expect(roleForToken(token, hashes), JSON.stringify(token)).toBeUndefined();
    }
  });

  it("does not open another room with this room's tokens", () => {
    const first = roomTokens();
    const second = roomTokens();
    for (const role of ROLES) expect(roleForToken(first.tokens[role], second.hashes)).toBeUndefined();
  });

  it('refuses everything when stored hashes are damaged', () => {
    const { tokens } = roomTokens();
    const damaged: Record<Role, string> = { interviewer: '', candidate: 'not hex at all', observer: 'abcd' };
    for (const role of ROLES) expect(roleForToken(tokens[role], damaged)).toBeUndefined();
    expect(roleForToken('', damaged)).toBeUndefined();
  });
});
