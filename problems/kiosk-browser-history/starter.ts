class BrowserHistory {
  constructor(homepage: string) {
    // Your code here
  }

  /** Shows url; the pages you could go forward to are forgotten. */
  visit(url: string): void {
    // Your code here
  }

  /** Goes back up to steps pages; returns the page shown. */
  back(steps: number): string {
    // Your code here
  }

  /** Goes forward up to steps pages; returns the page shown. */
  forward(steps: number): string {
    // Your code here
  }
}
