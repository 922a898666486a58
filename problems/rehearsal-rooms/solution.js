// Sort by start and keep a min-heap of the end times of the lessons in progress, one per
// room in use. Before each lesson, free every room whose lesson has ended by its start;
// the most rooms ever in use is the answer. O(n log n) time, O(n) space.
function roomsNeeded(lessons) {
  const sorted = [...lessons].sort((a, b) => a[0] - b[0]);
  const ends = []; // min-heap
  const pop = () => {
    const last = ends.pop();
    if (ends.length === 0) return;
    ends[0] = last;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      let least = i;
      if (left < ends.length && ends[left] < ends[least]) least = left;
      if (left + 1 < ends.length && ends[left + 1] < ends[least]) least = left + 1;
      if (least === i) return;
      [ends[i], ends[least]] = [ends[least], ends[i]];
      i = least;
    }
  };
  const push = (end) => {
    ends.push(end);
    for (let i = ends.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (ends[parent] <= ends[i]) return;
      [ends[i], ends[parent]] = [ends[parent], ends[i]];
      i = parent;
    }
  };
  let most = 0;
  for (const [start, end] of sorted) {
    while (ends.length > 0 && ends[0] <= start) pop();
    push(end);
    most = Math.max(most, ends.length);
  }
  return most;
}
