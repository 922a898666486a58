/**
 * @param {(key: string) => Promise<string>} fetchProfile makes one real request
 * @return {(key: string) => Promise<string>} request, which shares requests in flight
 */
function shareRequests(fetchProfile) {
  // Your code here
}
