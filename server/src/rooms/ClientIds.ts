import { DryRunError, type Role } from '@dryrun/shared';

/**
 * Which of a room's links each Yjs client id belongs to. An id becomes a link's at the first
 * join that uses it, and no other link may use it after: an update may only carry its
 * sender's own ids, so nobody can write as someone else or take the clocks they are about
 * to use. A join may bring ids its browser used earlier for the room (a reload, with edits
 * made offline under the last page's id still to send): those are granted when they are
 * this link's already, or when nobody has ever used them.
 */
export class ClientIds {
  constructor(private readonly owners: Map<number, Role>) {}

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
    return { granted, claims: granted.filter((id) => !this.owners.has(id)) };
  }

  /** Remembers claims once they are stored. */
  record(ids: readonly number[], link: Role): void {
    for (const id of ids) if (!this.owners.has(id)) this.owners.set(id, link);
  }
}
