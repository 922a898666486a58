// Drops the entry only when the fetch succeeds: after a failure, later calls keep getting the same failure.
function shareRequests(fetchProfile) {
  const inFlight = new Map();
  return (key) => {
    if (inFlight.has(key)) return inFlight.get(key);
    const promise = fetchProfile(key);
    inFlight.set(key, promise);
    promise.then(
      () => inFlight.delete(key),
      () => {},
    );
    return promise;
  };
}
