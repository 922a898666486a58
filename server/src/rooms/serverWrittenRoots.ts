import * as Y from 'yjs';

/**
 * Whether a Yjs update would insert into, or delete from, any of the named root types of
 * `doc` (or anything nested in them). The server writes some parts of the shared doc itself
 * (the think-aloud log and the claims: stamped with time and author, and cited as evidence),
 * and refuses a client update that touches them.
 *
 * An item of an update names its parent only when it has no neighbour; otherwise it sits
 * next to its `origin` (or `rightOrigin`) and shares that item's parent. So each item's
 * root is found by following origins and parents, through the update itself and then
 * through the doc. An item whose neighbours are unknown (an update that depends on one not
 * received yet) stays pending in Yjs and is decided when the item it depends on arrives,
 * which is checked in its own right.
 */
export function touchesRoots(doc: Y.Doc, update: Uint8Array, roots: ReadonlySet<string>): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const incoming = new Map<number, Y.Item[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    // Already in the doc (a resync resends what the server has, its own entries too): Yjs skips it.
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const list = incoming.get(struct.id.client) ?? [];
    list.push(struct);
    incoming.set(struct.id.client, list);
  }
  /** The new item holding this id (an update lists each client's structs in clock order). */
  const findIncoming = (id: Y.ID): Y.Item | undefined => {
    const items = incoming.get(id.client);
    if (!items) return undefined;
    let low = 0;
    let high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const item = items[middle] as Y.Item;
      if (id.clock < item.id.clock) high = middle - 1;
      else if (id.clock >= item.id.clock + item.length) low = middle + 1;
      else return item;
    }
    return undefined;
  };

  const rootOfDocItem = (id: Y.ID): string | null => {
    if (!doc.store.clients.has(id.client)) return null;
    let item: Y.Item | Y.GC;
    try {
      item = Y.getItem(doc.store, id);
    } catch {
      return null;
    }
    if (!(item instanceof Y.Item)) return null;
    return rootOfType(item.parent as Y.AbstractType<unknown> | null);
  };

  const memo = new Map<Y.Item, string | null>();
  const rootOfIncoming = (item: Y.Item, depth: number): string | null => {
    if (memo.has(item)) return memo.get(item) ?? null;
    if (depth > structs.length + 1) return null;
    let root: string | null = null;
    const parent = item.parent as unknown;
    if (typeof parent === 'string') root = parent;
    else if (parent instanceof Y.ID) root = rootOf(parent, depth);
    else {
      // No parent written: it sits beside its origin, in the same type.
      const neighbour = item.origin ?? item.rightOrigin;
      root = neighbour ? rootOf(neighbour, depth) : null;
    }
    memo.set(item, root);
    return root;
  };
  /** The root an item with this id belongs to (an origin, or a nested type's own item). */
  const rootOf = (id: Y.ID, depth: number): string | null => {
    const local = findIncoming(id);
    return local ? rootOfIncoming(local, depth + 1) : rootOfDocItem(id);
  };

  for (const items of incoming.values()) {
    for (const item of items) {
      const root = rootOfIncoming(item, 0);
      if (root !== null && roots.has(root)) return true;
    }
  }

  for (const [client, ranges] of ds.clients) {
    const known = doc.store.clients.get(client);
    if (!known) continue;
    const last = known.at(-1);
    for (const { clock, len } of ranges) {
      if (!last || clock >= last.id.clock + last.length) continue;
      for (let i = Y.findIndexSS(known, clock); i < known.length; i++) {
        const struct = known[i] as Y.Item | Y.GC;
        if (struct.id.clock >= clock + len) break;
        // Deleting what is deleted already changes nothing.
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const root = rootOfType(struct.parent as Y.AbstractType<unknown> | null);
        if (root !== null && roots.has(root)) return true;
      }
    }
  }
  return false;
}

/** The name of the root type a type belongs to. */
function rootOfType(type: Y.AbstractType<unknown> | null): string | null {
  let current = type;
  while (current?._item) current = current._item.parent as Y.AbstractType<unknown> | null;
  if (!current) return null;
  try {
    return Y.findRootTypeKey(current);
  } catch {
    return null;
  }
}
