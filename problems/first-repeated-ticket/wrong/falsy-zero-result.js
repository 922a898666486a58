// Bug: returns `found || null`, so a repeated ticket number 0 is reported as null.
function firstRepeat(scans) {
  const seen = new Set();
  const found = scans.find((x) => {
    if (seen.has(x)) return true;
    seen.add(x);
    return false;
  });
  return found || null;
}
