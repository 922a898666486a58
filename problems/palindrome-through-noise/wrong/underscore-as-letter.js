// Bug: strips /\W/ (non-word characters), which keeps `_` although the statement calls it noise.
function readsSameBothWays(text) {
  const clean = text.replace(/\W/g, '').toLowerCase();
  return clean === clean.split('').reverse().join('');
}
