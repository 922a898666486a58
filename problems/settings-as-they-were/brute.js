// Every change in one list; a get looks at all of them: O(n) per get.
class SettingsHistory {
  constructor() {
    this.changes = [];
  }

  set(key, value, timestamp) {
    this.changes.push({ key, value, timestamp });
  }

  get(key, timestamp) {
    let best = null;
    for (const change of this.changes) {
      if (change.key === key && change.timestamp <= timestamp && (best === null || change.timestamp > best.timestamp)) {
        best = change;
      }
    }
    return best === null ? null : best.value;
  }
}
