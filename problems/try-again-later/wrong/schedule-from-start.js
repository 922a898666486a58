// Plans the attempts at fixed times from the start (0, base, 3·base, 7·base, …) instead of waiting after each failure: a slow attempt makes the next one start early, or at once.
async function retry(task, { retries, baseMs }) {
  const start = Date.now();
  let due = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (reason) {
      if (attempt === retries) throw reason;
      due += baseMs * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + due - Date.now())));
    }
  }
}
