// Every order of the magnets (inputs of up to 6 magnets); all orders spell the same number
// of digits, so the biggest number is the biggest string.
function biggestNumber(magnets) {
  const texts = magnets.map(String);
  let best = '';
  const used = texts.map(() => false);
  const build = (sofar, count) => {
    if (count === texts.length) {
      if (sofar > best) best = sofar;
      return;
    }
    for (let i = 0; i < texts.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      build(sofar + texts[i], count + 1);
      used[i] = false;
    }
  };
  build('', 0);
  return best.replace(/^0+(?=.)/, '');
}
