// The history as a list and a position; every move is one step at a time: O(steps) per
// move and O(n) per visit.
class BrowserHistory {
  constructor(homepage) {
    this.pages = [homepage];
    this.at = 0;
  }

  visit(url) {
    this.pages = this.pages.slice(0, this.at + 1);
    this.pages.push(url);
    this.at = this.pages.length - 1;
  }

  back(steps) {
    for (let i = 0; i < steps && this.at > 0; i++) this.at -= 1;
    return this.pages[this.at];
  }

  forward(steps) {
    for (let i = 0; i < steps && this.at < this.pages.length - 1; i++) this.at += 1;
    return this.pages[this.at];
  }
}
