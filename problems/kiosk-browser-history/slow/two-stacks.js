// Right, but keeps the pages behind and ahead in two stacks and moves them over one page
// at a time: O(steps) per back or forward, so long jumps back and forth are O(n) each.
class BrowserHistory {
  constructor(homepage) {
    this.behind = [homepage]; // the current page is on top
    this.ahead = [];
  }

  visit(url) {
    this.behind.push(url);
    this.ahead = [];
  }

  back(steps) {
    for (let i = 0; i < steps && this.behind.length > 1; i++) this.ahead.push(this.behind.pop());
    return this.behind[this.behind.length - 1];
  }

  forward(steps) {
    for (let i = 0; i < steps && this.ahead.length > 0; i++) this.behind.push(this.ahead.pop());
    return this.behind[this.behind.length - 1];
  }
}
