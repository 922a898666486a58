// Off by one in the exponent: the first wait is already 2 · baseMs instead of baseMs.
async function retry(task, { retries, baseMs }) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (reason) {
      if (attempt > retries) throw reason;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** attempt));
    }
  }
}
