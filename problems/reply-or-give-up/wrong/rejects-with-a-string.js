// Rejects with a bare string on timeout instead of an Error object.
function withTimeout(task, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(`timed out after ${ms} ms`), ms);
    Promise.resolve(task).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (reason) => {
        clearTimeout(timer);
        reject(reason);
      },
    );
  });
}
