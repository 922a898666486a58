// Collect the distinct badges in a new array, then copy them back over the front.
function compactScans(badges) {
  const distinct = [];
  for (const badge of badges) {
    if (distinct.length === 0 || distinct[distinct.length - 1] !== badge) distinct.push(badge);
  }
  for (let i = 0; i < distinct.length; i++) badges[i] = distinct[i];
  return distinct.length;
}
