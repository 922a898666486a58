// Two stacks, but back pops `steps` pages without checking that the first page stays:
// going back too far empties the stack and answers undefined.
class BrowserHistory {
  constructor(homepage) {
    this.behind = [homepage];
    this.ahead = [];
  }

  visit(url) {
    this.behind.push(url);
    this.ahead = [];
  }

  back(steps) {
    for (let i = 0; i < steps && this.behind.length > 0; i++) this.ahead.push(this.behind.pop());
    return this.behind[this.behind.length - 1];
  }

  forward(steps) {
    for (let i = 0; i < steps && this.ahead.length > 0; i++) this.behind.push(this.ahead.pop());
    return this.behind[this.behind.length - 1];
  }
}
