// Right, but cuts the forward pages off by copying the history up to the current page at
// every visit: O(n) per visit.
class BrowserHistory {
  constructor(homepage) {
    this.pages = [homepage];
    this.current = 0;
  }

  visit(url) {
    this.pages = this.pages.slice(0, this.current + 1);
    this.pages.push(url);
    this.current += 1;
  }

  back(steps) {
    this.current = Math.max(0, this.current - steps);
    return this.pages[this.current];
  }

  forward(steps) {
    this.current = Math.min(this.pages.length - 1, this.current + steps);
    return this.pages[this.current];
  }
}
