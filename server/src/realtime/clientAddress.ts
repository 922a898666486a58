import type { IncomingMessage } from 'node:http';

/**
 * The network address a request came from, for limits shared per address. Behind a reverse
 * proxy (`trustProxy`), the last `X-Forwarded-For` entry: the one the proxy itself added,
 * which a client cannot forge (entries before it can be anything).
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : header)?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}
