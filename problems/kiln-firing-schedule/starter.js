/**
 * @param {string[]} batches the glaze of each batch
 * @param {number} rest hours without a glaze needed after firing it
 * @return {number} the fewest hours, idle ones included, to fire every batch
 */
function fewestHours(batches, rest) {
  // Your code here
}
