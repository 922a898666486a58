import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ROLES, type Role } from '@dryrun/shared';

/** A capability token: 128 random bits, base64url. */
export function newToken(): string {
  return randomBytes(16).toString('base64url');
}

/** A room id: 72 random bits, base64url (12 characters). */
export function newRoomId(): string {
  return randomBytes(9).toString('base64url');
}

/** Tokens are stored as SHA-256 hashes: a leaked database does not open rooms. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The role a token opens, or undefined. Compares in constant time. */
export function roleForToken(token: string, hashes: Record<Role, string>): Role | undefined {
  const given = Buffer.from(hashToken(token), 'hex');
  return ROLES.find((role) => {
    const stored = Buffer.from(hashes[role], 'hex');
    return stored.length === given.length && timingSafeEqual(stored, given);
  });
}
