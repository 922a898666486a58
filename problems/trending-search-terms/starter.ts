/** The k most searched terms, most searched first; equal counts in alphabetical order. */
function trendingTerms(searches: string[], k: number): string[] {
  // Your code here
}
