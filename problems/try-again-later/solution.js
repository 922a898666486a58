// Try, and on a failure sleep baseMs · 2^k (k failures so far, minus one) before the next
// try. `await task()` inside try/catch treats a thrown error, a rejected promise and a
// plain value alike. The last failure's reason is passed on.
async function retry(task, { retries, baseMs }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (reason) {
      if (attempt === retries) throw reason;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** attempt));
    }
  }
}
