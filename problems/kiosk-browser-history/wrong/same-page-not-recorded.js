// Treats a visit to the page already shown as a reload and records nothing: the forward
// pages stay, and the page is in the history once instead of twice.
class BrowserHistory {
  constructor(homepage) {
    this.pages = [homepage];
    this.current = 0;
    this.last = 0;
  }

  visit(url) {
    if (this.pages[this.current] === url) return;
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
