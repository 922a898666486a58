// Grows the wait linearly (base, 2·base, 3·base, …) instead of doubling it.
async function retry(task, { retries, baseMs }) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (reason) {
      if (attempt === retries) throw reason;
      await new Promise((resolve) => setTimeout(resolve, baseMs * (attempt + 1)));
    }
  }
}
