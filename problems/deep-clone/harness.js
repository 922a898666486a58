// biome-ignore lint/suspicious/noRedundantUseStrict: the harness is evaluated as a script, not a module: this makes it strict
'use strict';

(() => {
  /** Two small classes whose instances the tests put into values. */
  class Point {
    constructor(x = 0, y = 0) {
      this.x = x;
      this.y = y;
    }

    length() {
      return Math.hypot(this.x, this.y);
    }
  }
  class Tag {
    constructor(label = '') {
      this.label = label;
    }
  }

  /**
   * Writes a value as plain data that shows its whole structure: each object, array, Map,
   * Set and Date becomes { id, kind, … } the first time it is met (ids count up from 0 in
   * the order of a depth-first walk) and { ref: id } when it is met again, so shared
   * references and cycles show. Object keys are listed sorted; `type` names the prototype
   * ("Object", "null", or the class). `seen` receives every object met.
   */
  function describe(root, seen) {
    const ids = new Map();
    const walk = (value) => {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
      if (typeof value === 'function') return { kind: 'function' };
      if (ids.has(value)) return { ref: ids.get(value) };
      const id = ids.size;
      ids.set(value, id);
      seen.add(value);
      if (Array.isArray(value)) {
        const items = [];
        for (let i = 0; i < value.length; i++) items[items.length] = walk(value[i]);
        return { id, kind: 'array', items };
      }
      if (value instanceof Date) {
        let time = null;
        try {
          time = Date.prototype.getTime.call(value);
        } catch {
          time = 'not a real Date';
        }
        return { id, kind: 'date', time };
      }
      if (value instanceof Map) {
        const entries = [];
        for (const [k, v] of Map.prototype.entries.call(value)) entries[entries.length] = [walk(k), walk(v)];
        return { id, kind: 'map', entries };
      }
      if (value instanceof Set) {
        const members = [];
        for (const m of Set.prototype.values.call(value)) members[members.length] = walk(m);
        return { id, kind: 'set', members };
      }
      const proto = Object.getPrototypeOf(value);
      const type =
        proto === null
          ? 'null'
          : proto === Object.prototype
            ? 'Object'
            : proto === Point.prototype
              ? 'Point'
              : proto === Tag.prototype
                ? 'Tag'
                : 'other';
      const entries = [];
      for (const key of Object.keys(value).sort()) entries[entries.length] = [key, walk(value[key])];
      return { id, kind: 'object', type, entries };
    };
    return walk(root);
  }

  /**
   * A cheap fingerprint of a value: for each object met (in the order of a depth-first
   * walk, each once), its count of keys, elements, entries or members, or its time for a
   * Date. `seen` receives every object met.
   */
  function survey(root, seen) {
    const sizes = [];
    const walk = (value) => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (Array.isArray(value)) {
        sizes[sizes.length] = value.length;
        for (let i = 0; i < value.length; i++) walk(value[i]);
      } else if (value instanceof Date) sizes[sizes.length] = Date.prototype.getTime.call(value);
      else if (value instanceof Map) {
        sizes[sizes.length] = value.size;
        for (const [k, v] of Map.prototype.entries.call(value)) {
          walk(k);
          walk(v);
        }
      } else if (value instanceof Set) {
        sizes[sizes.length] = value.size;
        for (const m of Set.prototype.values.call(value)) walk(m);
      } else {
        const keys = Object.keys(value);
        sizes[sizes.length] = keys.length;
        for (const key of keys) walk(value[key]);
      }
    };
    walk(root);
    return sizes;
  }

  /**
   * The tests' driver. Builds the value from plain data, then applies `specials` and
   * `links` (JSON cannot write them). Paths are lists of keys, indices and Map keys from the
   * value; [] is the value itself.
   * - ['date', path, ms] puts new Date(ms) at path;
   * - ['point', path, x, y] puts new Point(x, y); ['tag', path, label] puts new Tag(label);
   * - ['bare', path, entries] puts an object with no prototype and those [key, value] pairs.
   * - ['refs', path, targets] puts, after the links, an array of the objects found at each
   *   of `targets`;
   * - a link [path, target] puts the object found at target at path too (a shared
   *   reference, or a cycle when target is on the way to path).
   * Then it calls deepClone and answers { clone, shared, unchanged }: the clone's
   * structure, how many of the clone's objects are objects of the original, and whether
   * the original still has the structure it had before (the same objects, each with as
   * many keys, elements, entries or members as before, and Dates with the same time).
   */
  globalThis.runDeepClone = function runDeepClone(value, specials, links) {
    const holder = { value };
    const at = (path, count) => {
      let current = holder.value;
      for (let i = 0; i < count; i++) current = current instanceof Map ? current.get(path[i]) : current[path[i]];
      return current;
    };
    const put = (path, x) => {
      if (path.length === 0) {
        holder.value = x;
        return;
      }
      const parent = at(path, path.length - 1);
      const key = path[path.length - 1];
      if (parent instanceof Map) parent.set(key, x);
      else parent[key] = x;
    };
    for (const [kind, path, ...rest] of specials) {
      if (kind === 'date') put(path, new Date(rest[0]));
      else if (kind === 'point') put(path, new Point(rest[0], rest[1]));
      else if (kind === 'tag') put(path, new Tag(rest[0]));
      else if (kind === 'bare') {
        const object = Object.create(null);
        for (const [k, v] of rest[0]) object[k] = v;
        put(path, object);
      } else if (kind !== 'refs') throw new Error(`unknown special ${kind}`);
    }
    for (const [path, target] of links) put(path, at(target, target.length));
    for (const [kind, path, targets] of specials) {
      if (kind !== 'refs') continue;
      const list = [];
      for (const target of targets) list[list.length] = at(target, target.length);
      put(path, list);
    }

    const original = new Set();
    const before = survey(holder.value, original);
    const copy = deepClone(holder.value);
    const inClone = new Set();
    const clone = describe(copy, inClone);
    let shared = 0;
    for (const object of inClone) if (original.has(object)) shared += 1;
    const after = survey(holder.value, new Set());
    let unchanged = after.length === before.length;
    for (let i = 0; unchanged && i < before.length; i++) unchanged = Object.is(after[i], before[i]);
    return { clone, shared, unchanged };
  };
})();
