// One array of pages, the index of the current one, and where the history ends. A visit
// writes over the page after the current one and moves the end there, which drops the
// forward pages without copying anything; back and forward only move the index, clamped
// to the ends. O(1) per call.
class BrowserHistory {
  constructor(homepage) {
    this.pages = [homepage];
    this.current = 0;
    this.last = 0;
  }

  visit(url) {
    this.current += 1;
    this.pages[this.current] = url;
    this.last = this.current;
  }

  back(steps) {
    this.current = Math.max(0, this.current - steps);
    return this.pages[this.current];
  }

  forward(steps) {
    this.current = Math.min(this.last, this.current + steps);
    return this.pages[this.current];
  }
}
