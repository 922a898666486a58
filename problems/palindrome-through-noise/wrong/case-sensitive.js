// Skips the noise correctly but compares capitals and small letters as different.
function readsSameBothWays(text) {
  const kept = text.replace(/[^a-zA-Z0-9]/g, '');
  return kept === [...kept].reverse().join('');
}
