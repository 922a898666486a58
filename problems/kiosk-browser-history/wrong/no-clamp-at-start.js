// Moves back by `steps` without stopping at the first page: going back too far answers
// undefined, and the position goes negative.
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
    this.current -= steps;
    return this.pages[this.current];
  }

  forward(steps) {
    this.current = Math.min(this.last, this.current + steps);
    return this.pages[this.current];
  }
}
