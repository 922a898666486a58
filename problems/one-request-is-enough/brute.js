// Written out step by step: a list of pending entries searched by key, each marked done
// when its fetch settles.
function shareRequests(fetchProfile) {
  const pending = [];
  return function request(key) {
    for (const entry of pending) if (!entry.done && entry.key === key) return entry.promise;
    const entry = { key, done: false, promise: null };
    entry.promise = fetchProfile(key);
    entry.promise.then(
      () => {
        entry.done = true;
      },
      () => {
        entry.done = true;
      },
    );
    pending.push(entry);
    return entry.promise;
  };
}
