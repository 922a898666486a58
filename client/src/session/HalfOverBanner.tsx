/**
 * The banner of a half whose pair swapped roles: the half is over and read-only, the way on
 * to the second half, and for its interviewer, that their notes and scorecard stay open here.
 */
export function HalfOverBanner({ nextHref, scorecardOpen }: { nextHref: string; scorecardOpen: boolean }) {
  return (
    <p className="session-banner" role="status" data-testid="half-over">
      The roles were swapped: this half is over, and its code is read-only.{' '}
      {scorecardOpen && 'Your notes and scorecard of it stay open here. '}
      <a href={nextHref}>Go to the second half</a>
    </p>
  );
}
