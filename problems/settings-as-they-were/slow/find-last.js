// Right, but finds the change with findLast over the key's whole list: O(n) per get.
class SettingsHistory {
  constructor() {
    this.byKey = {};
  }

  set(key, value, timestamp) {
    if (!Object.hasOwn(this.byKey, key)) this.byKey[key] = [];
    this.byKey[key].push({ timestamp, value });
  }

  get(key, timestamp) {
    const change = (Object.hasOwn(this.byKey, key) ? this.byKey[key] : []).findLast((c) => c.timestamp <= timestamp);
    return change === undefined ? null : change.value;
  }
}
