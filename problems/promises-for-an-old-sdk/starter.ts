/** The SDK's style: its arguments, then a callback called with (err, value). */
type OldStyle = (...argsThenCallback: unknown[]) => void;

function promisify(fn: OldStyle): (...args: unknown[]) => Promise<unknown> {
  // Your code here
}
