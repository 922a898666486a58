// Keeps only the newest value of each key (and when it was set): any time before the
// newest change sees null instead of the value it had then.
class SettingsHistory {
  constructor() {
    this.latest = new Map();
  }

  set(key, value, timestamp) {
    this.latest.set(key, { value, timestamp });
  }

  get(key, timestamp) {
    const entry = this.latest.get(key);
    return entry !== undefined && entry.timestamp <= timestamp ? entry.value : null;
  }
}
