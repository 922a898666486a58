// Evaluated in the sandbox before the candidate's code, and not counted in steps: the
// driver the tests call, published on globalThis (a candidate's own declaration of the
// same name would shadow it instead of failing). It copies the badges into a fresh array,
// hands THAT array to the candidate's compactScans, and reads the answer back from the
// same array: a solution that builds a new array and returns its length leaves this one
// unchanged, and is caught.
(() => {
  globalThis.compactScanLog = function compactScanLog(badges) {
    const log = [];
    for (let i = 0; i < badges.length; i++) log[log.length] = badges[i];
    const count = compactScans(log);
    if (!Number.isInteger(count) || count < 0 || count > badges.length) {
      throw new Error(
        `compactScans returned ${String(count)}: expected the number of distinct badges kept, from 0 to ${badges.length}`,
      );
    }
    if (log.length < count) {
      throw new Error(`compactScans returned ${count} but left only ${log.length} entries in the log`);
    }
    const front = [];
    for (let i = 0; i < count; i++) front[front.length] = log[i];
    return { count, front };
  };
})();
