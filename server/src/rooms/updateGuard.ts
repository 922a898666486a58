import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Why a client's update is refused, or that it may be applied. */
export type UpdateCheck = { ok: true } | Refusal;
type Refusal = { ok: false; reason: 'MALFORMED' | 'FORBIDDEN' | 'OUT_OF_SYNC'; message: string };

const OK: UpdateCheck = { ok: true };

/**
 * What an item may hold: text, and plain values (a map's or an array's). Nested types,
 * subdocuments, embeds and formats are nothing DryRun's documents use; a subdocument alone
 * can cost the server seconds and megabytes to take in.
 */
const CONTENTS: ReadonlySet<unknown> = new Set([Y.ContentString, Y.ContentAny, Y.ContentDeleted]);

/**
 * Decides, before a client's Yjs update touches the room's doc, whether it may:
 *
 * - **Identity.** Every item the doc does not have yet carries one of the sender's own client
 *   ids (`owned`: the one it joined with, and earlier ones of its link). Otherwise a client
 *   could write "as" someone else, or squat the clocks another client is about to use, after
 *   which that client's edits would be dropped everywhere as duplicates.
 * - **Nothing pending.** Everything the update builds on (each item's left and right origin
 *   and parent, the next clock of each client, every deleted range) is in the doc already or
 *   earlier in the same update. Yjs would otherwise hold the rest as pending and apply it
 *   later, the moment someone writes the missing anchor: a check made now would not be the
 *   check that counts then. A client told `OUT_OF_SYNC` resyncs.
 * - **Layout.** Every new item goes into a top-level name `isRoot` accepts, whether it names
 *   it or sits next to an item that is in one, and holds text or plain values ({@link CONTENTS}).
 * - **Shape.** One section per client, its structs back to back, none empty, no empty
 *   deleted range, as Yjs writes them; anything else (`MALFORMED`) Yjs would read in ways
 *   this check could not follow.
 *
 * Items the doc already has pass whoever wrote them (resending them changes nothing), as
 * long as what they name is there too and their top-level name is the doc's: Yjs looks
 * both up again. Deleting other people's items is collaboration, and allowed. Reads the
 * update through Yjs' own decoder.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  owned: ReadonlySet<number>,
  isRoot: (name: string) => boolean,
): UpdateCheck {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  let sectionCount: number;
  try {
    decoded = Y.decodeUpdate(update);
    // A v1 update starts with how many client sections it has.
    sectionCount = decoding.readVarUint(decoding.createDecoder(update));
  } catch {
    return malformed('The update could not be decoded.');
  }
  const sorted = sortStructs(doc, decoded.structs, sectionCount, owned, isRoot);
  if ('ok' in sorted) return sorted;
  const integrated = integrateInThought(doc, sorted.fresh, isRoot);
  if ('ok' in integrated) return integrated;
  const { state } = integrated;
  if (sorted.had.some((item) => !anchorsIn(item, state))) {
    return outOfSync('The update resends items that name what the server does not have.');
  }
  for (const [client, ranges] of decoded.ds.clients) {
    for (const range of ranges) {
      if (range.len <= 0) return malformed('The update deletes an empty range.');
      if (range.clock + range.len > state(client)) {
        return outOfSync('The update deletes what the server does not have.');
      }
    }
  }
  return OK;
}

/**
 * The structs the doc lacks, per client in clock order (checked for identity and shape), and
 * those it has, whose anchors Yjs looks for all the same (it would hold them as pending too).
 */
function sortStructs(
  doc: Y.Doc,
  structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>,
  sectionCount: number,
  owned: ReadonlySet<number>,
  isRoot: (name: string) => boolean,
): { fresh: Map<number, Array<Y.Item | Y.GC>>; had: Y.Item[] } | Refusal {
  const fresh = new Map<number, Array<Y.Item | Y.GC>>();
  const had: Y.Item[] = [];
  // The section being read: whose, and the clock its next struct must start at.
  let sectionClient = -1;
  let sectionEnd = 0;
  const sections = new Set<number>();
  for (const struct of structs) {
    const { client, clock } = struct.id;
    // Yjs writes one section per client, its structs back to back, none empty: anything
    // else it would read in ways a check cannot follow (an empty item even breaks the doc).
    if (struct.length <= 0) return malformed('The update has an item of no length.');
    if (client !== sectionClient) {
      if (sections.has(client)) return malformed(`The update lists client ${client} twice.`);
      sections.add(client);
    } else if (clock !== sectionEnd) {
      return malformed(`The update's items of client ${client} are not back to back.`);
    }
    sectionClient = client;
    sectionEnd = clock + struct.length;
    // Yjs creates a named type for every struct it reads that names one, new or not.
    if (struct instanceof Y.Item && typeof struct.parent === 'string' && !isRoot(struct.parent)) {
      return outsideLayout(struct.parent);
    }
    if (clock + struct.length <= Y.getState(doc.store, client)) {
      if (struct instanceof Y.Item) had.push(struct);
      continue;
    }
    if (!owned.has(client)) {
      return { ok: false, reason: 'FORBIDDEN', message: `The update writes as client ${client}, which is not yours.` };
    }
    if (struct instanceof Y.Skip) return outOfSync('The update skips over changes the server does not have.');
    if (struct instanceof Y.Item && !CONTENTS.has(struct.content.constructor)) {
      return { ok: false, reason: 'FORBIDDEN', message: 'The update holds content this document does not take.' };
    }
    const list = fresh.get(client) ?? [];
    list.push(struct);
    fresh.set(client, list);
  }
  // Yjs keeps only a client's last section: two (even back to back) would lose the first.
  if (sections.size !== sectionCount) return malformed('The update lists a client in more than one section.');
  return { fresh, had };
}

/**
 * Integrates the new structs in thought, as Yjs would: a struct goes in once its client's
 * clock has reached it and everything it names is in (a pass that adds nothing means the
 * rest would wait), and its top-level name is then known. Answers the clocks the doc would
 * have after the update.
 */
function integrateInThought(
  doc: Y.Doc,
  fresh: Map<number, Array<Y.Item | Y.GC>>,
  isRoot: (name: string) => boolean,
): { state: (client: number) => number } | Refusal {
  const known = new Map<number, number>();
  const state = (client: number) => known.get(client) ?? Y.getState(doc.store, client);
  const roots = new TopLevelNames(doc, fresh);
  const next = new Map([...fresh.keys()].map((client) => [client, 0]));
  for (let progress = true; progress; ) {
    progress = false;
    for (const [client, structs] of fresh) {
      let index = next.get(client) ?? 0;
      while (index < structs.length) {
        const struct = structs[index] as Y.Item | Y.GC;
        if (struct.id.clock > state(client) || !anchorsIn(struct, state)) break;
        const root = roots.settle(struct);
        if (root !== null && !isRoot(root)) return outsideLayout(root);
        known.set(client, Math.max(state(client), struct.id.clock + struct.length));
        index++;
        progress = true;
      }
      next.set(client, index);
    }
  }
  for (const [client, structs] of fresh) {
    if ((next.get(client) ?? 0) < structs.length) {
      return outOfSync('The update builds on changes the server does not have.');
    }
  }
  return { state };
}

/**
 * The top-level name each new item will be in: the one it names, or that of the item it is
 * next to or nested in (Yjs takes the parent from the left or right neighbour when an item
 * does not name one). Null where Yjs would make the item garbage (next to collected content).
 */
class TopLevelNames {
  private readonly settled = new Map<Y.Item | Y.GC, string | null>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly fresh: ReadonlyMap<number, ReadonlyArray<Y.Item | Y.GC>>,
  ) {}

  /** The name of a struct whose anchors are all settled or in the doc. */
  settle(struct: Y.Item | Y.GC): string | null {
    let root: string | null = null;
    if (struct instanceof Y.Item) {
      const parent = struct.parent;
      if (typeof parent === 'string') root = parent;
      else root = this.of(parent instanceof Y.ID ? parent : (struct.origin ?? struct.rightOrigin));
    }
    this.settled.set(struct, root);
    return root;
  }

  private of(id: Y.ID | null): string | null {
    if (!id) return null;
    const mine = structAt(this.fresh.get(id.client) ?? [], id.clock);
    if (mine) return this.settled.get(mine) ?? null;
    const struct = Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
    if (!(struct instanceof Y.Item)) return null;
    let type = struct.parent as Y.AbstractType<unknown> | null;
    while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null;
    return type ? Y.findRootTypeKey(type) : null;
  }
}

/** The struct of a client's list (in clock order, back to back) that holds `clock`, if any. */
function structAt<T extends { id: Y.ID; length: number }>(structs: readonly T[], clock: number): T | undefined {
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const struct = structs[middle] as T;
    if (clock < struct.id.clock) high = middle - 1;
    else if (clock >= struct.id.clock + struct.length) low = middle + 1;
    else return struct;
  }
  return undefined;
}

/** Whether everything an item names (its origins, a parent that is an item) is in. */
function anchorsIn(struct: Y.Item | Y.GC, state: (client: number) => number): boolean {
  if (!(struct instanceof Y.Item)) return true;
  const parent = struct.parent instanceof Y.ID ? struct.parent : null;
  for (const id of [struct.origin, struct.rightOrigin, parent]) {
    if (id && id.clock >= state(id.client)) return false;
  }
  return true;
}

function malformed(message: string): Refusal {
  return { ok: false, reason: 'MALFORMED', message };
}

function outOfSync(message: string): Refusal {
  return { ok: false, reason: 'OUT_OF_SYNC', message: `${message} Resync and send it again.` };
}

function outsideLayout(name: string): Refusal {
  return { ok: false, reason: 'FORBIDDEN', message: `"${name}" is not part of this document.` };
}
