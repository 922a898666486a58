// Sweeps start (+1) and end (-1) events, but sorts them with the default sort, which
// compares them as text: "100,-1" comes before "30,1".
function roomsNeeded(lessons) {
  const events = [];
  for (const [start, end] of lessons) events.push([start, 1], [end, -1]);
  events.sort();
  let inUse = 0;
  let most = 0;
  for (const [, change] of events) {
    inUse += change;
    most = Math.max(most, inUse);
  }
  return most;
}
