// Only listens for the task fulfilling: a task that rejects is reported as a timeout, later, instead of with its own reason.
function withTimeout(task, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    Promise.resolve(task).then((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}
