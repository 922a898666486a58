// The heap simulation, but a fired glaze is ready again after `rest` hours instead of
// `rest + 1`: the hour it was fired in is counted as resting.
function fewestHours(batches, rest) {
  const counts = new Map();
  for (const glaze of batches) counts.set(glaze, (counts.get(glaze) ?? 0) + 1);
  const ready = [...counts.values()];
  const parked = [];
  let hour = 0;
  while (ready.length > 0 || parked.length > 0) {
    if (ready.length === 0 && parked[0][0] > hour) hour = parked[0][0];
    while (parked.length > 0 && parked[0][0] <= hour) ready.push(parked.shift()[1]);
    ready.sort((a, b) => b - a);
    const left = ready.shift() - 1;
    if (left > 0) parked.push([hour + rest, left]);
    hour++;
  }
  return hour;
}
