// Clamps forward to the number of pages instead of the last index: going forward too far
// answers undefined.
class BrowserHistory {
  constructor(homepage) {
    this.pages = [homepage];
    this.current = 0;
  }

  visit(url) {
    this.pages.length = this.current + 1;
    this.pages.push(url);
    this.current += 1;
  }

  back(steps) {
    this.current = Math.max(0, this.current - steps);
    return this.pages[this.current];
  }

  forward(steps) {
    this.current = Math.min(this.pages.length, this.current + steps);
    return this.pages[this.current];
  }
}
