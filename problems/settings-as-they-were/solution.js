// Per key, the times and values in the order they were set, which is increasing time. A
// get binary-searches for the last time at or before the one asked: O(log n) per get and
// O(1) per set.
class SettingsHistory {
  constructor() {
    this.byKey = new Map();
  }

  set(key, value, timestamp) {
    if (!this.byKey.has(key)) this.byKey.set(key, { times: [], values: [] });
    const entry = this.byKey.get(key);
    entry.times.push(timestamp);
    entry.values.push(value);
  }

  get(key, timestamp) {
    const entry = this.byKey.get(key);
    if (entry === undefined) return null;
    // The number of times <= timestamp.
    let lo = 0;
    let hi = entry.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entry.times[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : entry.values[lo - 1];
  }
}
