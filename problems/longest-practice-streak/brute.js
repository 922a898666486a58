// From every logged day, count how far the streak goes by searching the array: O(n²·k).
function longestStreak(days) {
  let longest = 0;
  for (const day of days) {
    let length = 1;
    while (days.includes(day + length)) length++;
    longest = Math.max(longest, length);
  }
  return longest;
}
