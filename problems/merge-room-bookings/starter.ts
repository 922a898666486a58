/** The busy blocks covered by the bookings, sorted by start; touching bookings merge. */
function mergeBookings(bookings: [number, number][]): [number, number][] {
  // Your code here
}
