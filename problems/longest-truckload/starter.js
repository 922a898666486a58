/**
 * @param {number[]} zones the zone of each parcel, in chute order
 * @param {number} k the most different zones one truck may visit
 * @return {number} the length of the longest run of consecutive parcels with at most k zones
 */
function longestTruckload(zones, k) {
  // Your code here
}
