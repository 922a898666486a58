// Clears the timer when the task fulfils but forgets to when it rejects.
function withTimeout(task, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    Promise.resolve(task).then((value) => {
      clearTimeout(timer);
      resolve(value);
    }, reject);
  });
}
