// Gives up with the first failure's reason instead of the last one's.
async function retry(task, { retries, baseMs }) {
  let firstReason;
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (reason) {
      if (attempt === 0) firstReason = reason;
      if (attempt === retries) throw firstReason;
      await new Promise((resolve) => setTimeout(resolve, baseMs * 2 ** attempt));
    }
  }
}
