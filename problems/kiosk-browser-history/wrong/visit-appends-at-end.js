// A visit pushes onto the end of the whole history, forward pages included, and jumps
// there: after going back and visiting, "back" lands on pages that should be gone.
class BrowserHistory {
  constructor(homepage) {
    this.pages = [homepage];
    this.current = 0;
  }

  visit(url) {
    this.pages.push(url);
    this.current = this.pages.length - 1;
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
