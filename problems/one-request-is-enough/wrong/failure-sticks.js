// Each caller deletes the entry after awaiting it, but a failure throws past the delete: a failed request stays in the map and every later call fails with it.
function shareRequests(fetchProfile) {
  const inFlight = new Map();
  return async (key) => {
    if (!inFlight.has(key)) inFlight.set(key, fetchProfile(key));
    const value = await inFlight.get(key);
    inFlight.delete(key);
    return value;
  };
}
