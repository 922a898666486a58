// Drops the entry on the next tick instead of when the fetch settles: only calls made at the very same moment share a request.
function shareRequests(fetchProfile) {
  const inFlight = new Map();
  return (key) => {
    if (inFlight.has(key)) return inFlight.get(key);
    const promise = fetchProfile(key);
    inFlight.set(key, promise);
    setTimeout(() => inFlight.delete(key), 0);
    return promise;
  };
}
