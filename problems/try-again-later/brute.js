// The same schedule with callbacks: each failure schedules the next attempt with a timer
// whose delay doubles, until the failures outnumber the retries.
function retry(task, { retries, baseMs }) {
  return new Promise((resolve, reject) => {
    let failures = 0;
    let delay = baseMs;
    const attempt = () => {
      let result;
      try {
        result = task();
      } catch (error) {
        result = Promise.reject(error);
      }
      Promise.resolve(result).then(resolve, (reason) => {
        failures += 1;
        if (failures > retries) {
          reject(reason);
          return;
        }
        setTimeout(attempt, delay);
        delay *= 2;
      });
    };
    attempt();
  });
}
