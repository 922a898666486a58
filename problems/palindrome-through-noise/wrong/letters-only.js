// Treats digits as noise as well.
function readsSameBothWays(text) {
  const kept = text.toLowerCase().replace(/[^a-z]/g, '');
  return kept === [...kept].reverse().join('');
}
