/** The shortest (then leftmost) substring of `text` containing every letter of `need`, or "". */
function shortestStrip(text: string, need: string): string {
  // Your code here
}
