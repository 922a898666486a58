// A Map from key to the promise in flight. A call finds it there and shares it, or starts
// a fetch and stores it; when the fetch settles either way, the entry is dropped, so the
// next call fetches afresh and a failure is never kept.
function shareRequests(fetchProfile) {
  const inFlight = new Map();
  return function request(key) {
    if (inFlight.has(key)) return inFlight.get(key);
    const forget = () => inFlight.delete(key);
    const promise = fetchProfile(key);
    promise.then(forget, forget);
    inFlight.set(key, promise);
    return promise;
  };
}
