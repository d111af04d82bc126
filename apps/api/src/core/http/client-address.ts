import { type IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

type TrustSetting = boolean | number | string;

/**
 * The client's address under the same TRUST_PROXY rule Express applies to HTTP requests, for
 * WebSocket upgrades (which Express never sees), so rate limits and logs name the client, not the
 * load balancer.
 */
export function clientAddress(request: IncomingMessage, trust: TrustSetting): string {
  return proxyaddr(request, trustFunction(trust));
}

function trustFunction(trust: TrustSetting): (address: string, hop: number) => boolean {
  if (trust === true) return () => true;
  if (trust === false) return () => false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyaddr.compile(trust.split(',').map((part) => part.trim()));
}
