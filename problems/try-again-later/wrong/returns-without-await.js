// `return task()` inside try without await: a rejected promise escapes the catch, so nothing is ever retried.
async function retry(task, { retries, baseMs }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return task();
    } catch (reason) {
      if (attempt === retries) throw reason;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** attempt));
    }
  }
}
