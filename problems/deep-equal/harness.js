(() => {
  /**
   * The tests' driver: builds the two values, adds the links that make cycles or shared
   * references (JSON cannot write them), and returns deepEqual(a, b).
   *
   * A link [side, path, target] makes the property at `path` of value `side` ('a' or 'b')
   * point to the object at `target` in the same value. Paths are lists of keys (array
   * indices, object keys, or Map keys): ['a', ['next', 'next'], []] sets a.next.next = a.
   */
  globalThis.runDeepEqual = function runDeepEqual(a, b, links) {
    const roots = { a, b };
    // The object reached from root by the first `count` keys of path.
    const at = (root, path, count) => {
      let current = root;
      for (let i = 0; i < count; i++) current = current instanceof Map ? current.get(path[i]) : current[path[i]];
      return current;
    };
    for (const [side, path, target] of links) {
      const root = roots[side];
      const parent = at(root, path, path.length - 1);
      const key = path[path.length - 1];
      const value = at(root, target, target.length);
      if (parent instanceof Map) parent.set(key, value);
      else parent[key] = value;
    }
    return deepEqual(a, b);
  };
})();
