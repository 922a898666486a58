// Hands the text to eval and truncates only the final value: every division before the
// end keeps its fraction, and "--5" is not even valid JavaScript.
function calculate(expression) {
  // biome-ignore lint/security/noGlobalEval: this is the mistake being shown
  return Math.trunc(eval(expression)) + 0;
}
