function shareRequests(fetchProfile: (key: string) => Promise<string>): (key: string) => Promise<string> {
  // Your code here
}
