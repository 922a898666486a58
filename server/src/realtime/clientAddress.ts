import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

/**
 * The network a request came from, for limits shared per address. Behind a reverse proxy
 * (`trustProxy`), the last `X-Forwarded-For` entry: the one the proxy itself added, which a
 * client cannot forge (entries before it can be anything). See {@link networkOf}.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const last = (Array.isArray(header) ? header.join(',') : header)?.split(',').at(-1)?.trim();
    if (last) return networkOf(last);
  }
  return networkOf(request.socket.remoteAddress ?? 'unknown');
}

/**
 * An IPv4 address as it is (an IPv4-mapped IPv6 one too), an IPv6 address as its /64: one
 * subscriber is given a whole /64, so counting its addresses one by one would let it past
 * every limit.
 */
export function networkOf(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const full = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${full
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}
