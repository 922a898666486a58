import { DryRunError, LIMITS, type Role } from '@dryrun/shared';

/**
 * Which of a room's links each Yjs client id belongs to. An id becomes a link's at the first
 * join that uses it, and no other link may use it after: an update may only carry its
 * sender's own ids, so nobody can write as someone else or take the clocks they are about
 * to use. A join may bring ids its browser used earlier for the room (a reload, with edits
 * made offline under the last page's id still to send): those are granted when they are
 * this link's already, or when nobody has ever used them.
 */
export class ClientIds {
  private readonly claimed = new Map<Role, number>();

  constructor(private readonly owners: Map<number, Role>) {
    for (const link of owners.values()) this.claimed.set(link, (this.claimed.get(link) ?? 0) + 1);
  }

  /**
   * The ids a joining connection of `link` may write with: `clientId` first (refused with
   * `CLIENT_ID_TAKEN` if it is another link's, or the room has items of it that nobody
   * claimed), then whichever `prior` ids it may have. `used(id)` says whether the room's
   * documents have items of an id. Returns them and which of them are new claims.
   */
  grant(
    link: Role,
    clientId: number,
    prior: readonly number[],
    used: (id: number) => boolean,
  ): { granted: number[]; claims: number[] } {
    const mayUse = (id: number) => {
      const owner = this.owners.get(id);
      return owner === undefined ? !used(id) : owner === link;
    };
    if (!mayUse(clientId)) {
      throw new DryRunError('CLIENT_ID_TAKEN', 'Another participant uses this editor id; join again with a new one.');
    }
    const granted = [...new Set([clientId, ...prior])].filter(mayUse);
    const claims = granted.filter((id) => !this.owners.has(id));
    // A page load claims one; a link that has claimed thousands is a script making them up.
    if ((this.claimed.get(link) ?? 0) + claims.length > LIMITS.maxClientIdsPerLink) {
      throw new DryRunError('RATE_LIMITED', 'This link has joined with too many editors; reuse one.');
    }
    return { granted, claims };
  }

  /** Remembers claims once they are stored. */
  record(ids: readonly number[], link: Role): void {
    for (const id of ids) {
      if (this.owners.has(id)) continue;
      this.owners.set(id, link);
      this.claimed.set(link, (this.claimed.get(link) ?? 0) + 1);
    }
  }
}
