import { DryRunError, type Role } from '@dryrun/shared';
import { describe, expect, it } from 'vitest';
import { ClientIds } from './ClientIds.ts';

/** The documents have no items at all. */
const nothingUsed = () => false;

/** The documents have items of these ids. */
const usedIds =
  (...ids: number[]) =>
  (id: number) =>
    ids.includes(id);

/** A table as the store would load it: which link claimed which id. */
function claimed(entries: Array<[number, Role]> = []): ClientIds {
  return new ClientIds(new Map(entries));
}

/** Grants, then records the claims as `LiveRoom.admitClientIds` does once they are stored. */
function admit(ids: ClientIds, link: Role, clientId: number, prior: number[] = [], used = nothingUsed): number[] {
  const { granted, claims } = ids.grant(link, clientId, prior, used);
  ids.record(claims, link);
  return granted;
}

function refusalOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DryRunError);
    return (error as DryRunError).reason;
  }
  return 'no error';
}

describe('ClientIds', () => {
  it('gives a first join its id, as a new claim of its link', () => {
    const ids = claimed();
    expect(ids.grant('candidate', 7, [], nothingUsed)).toEqual({ granted: [7], claims: [7] });
  });

  it("refuses another link's join with an id once it is claimed (CLIENT_ID_TAKEN)", () => {
    const ids = claimed();
    admit(ids, 'candidate', 7);
    expect(refusalOf(() => ids.grant('interviewer', 7, [], nothingUsed))).toBe('CLIENT_ID_TAKEN');
    expect(refusalOf(() => ids.grant('observer', 7, [], nothingUsed))).toBe('CLIENT_ID_TAKEN');
  });

  it('lets the same link use its id again, without claiming it twice', () => {
    const ids = claimed();
    admit(ids, 'candidate', 7);
    // Its items are in the documents by now; they are its own.
    expect(ids.grant('candidate', 7, [], usedIds(7))).toEqual({ granted: [7], claims: [] });
  });

  it('refuses claims loaded from the store to other links', () => {
    const ids = claimed([[5, 'interviewer']]);
    expect(refusalOf(() => ids.grant('candidate', 5, [], nothingUsed))).toBe('CLIENT_ID_TAKEN');
    expect(ids.grant('interviewer', 5, [], nothingUsed)).toEqual({ granted: [5], claims: [] });
  });

  it('refuses an unclaimed id that the documents already have items of', () => {
    // The server's own writes, or items from before ids were claimed: nobody may continue them.
    const ids = claimed();
    expect(refusalOf(() => ids.grant('interviewer', 55, [], usedIds(55)))).toBe('CLIENT_ID_TAKEN');
  });

  it("grants prior ids that are the link's, or that nobody has claimed or used", () => {
    const ids = claimed([[1, 'candidate']]);
    const { granted, claims } = ids.grant('candidate', 10, [1, 4], usedIds(1));
    expect(granted).toEqual([10, 1, 4]);
    // Only the ids that were nobody's become claims.
    expect(claims).toEqual([10, 4]);
  });

  it("silently leaves out prior ids that are another link's, or used but unclaimed", () => {
    const ids = claimed([[2, 'interviewer']]);
    const { granted, claims } = ids.grant('candidate', 10, [2, 3, 4], usedIds(3));
    expect(granted).toEqual([10, 4]);
    expect(claims).toEqual([10, 4]);
  });

  it('grants an id named twice once', () => {
    const ids = claimed();
    expect(ids.grant('candidate', 10, [10, 4, 4], nothingUsed)).toEqual({ granted: [10, 4], claims: [10, 4] });
  });

  it('does not move a recorded claim to another link', () => {
    const ids = claimed();
    admit(ids, 'candidate', 7);
    ids.record([7], 'interviewer');
    expect(refusalOf(() => ids.grant('interviewer', 7, [], nothingUsed))).toBe('CLIENT_ID_TAKEN');
    expect(ids.grant('candidate', 7, [], nothingUsed).granted).toEqual([7]);
  });

  it('takes nothing as claimed until it is recorded', () => {
    // A claim whose storing failed is not recorded: another link may still take the id.
    const ids = claimed();
    ids.grant('candidate', 7, [], nothingUsed);
    expect(admit(ids, 'interviewer', 7)).toEqual([7]);
    expect(refusalOf(() => ids.grant('candidate', 7, [], nothingUsed))).toBe('CLIENT_ID_TAKEN');
  });
});
