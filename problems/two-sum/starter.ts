function twoSum(nums: number[], target: number): number[] {
  // Your code here
}
