/** Whether the letters and digits of `text`, case ignored, read the same both ways. */
function readsSameBothWays(text: string): boolean {
  // Your code here
}
