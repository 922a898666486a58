// Never clears the timer: the answer is right, but a timer stays pending after every task that wins the race.
function withTimeout(task, ms) {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    Promise.resolve(task).then(resolve, reject);
  });
}
