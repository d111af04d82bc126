import { isIP } from 'node:net';

/**
 * Whether a resolved client address is the machine itself: 127.0.0.0/8, ::1, or IPv4-mapped
 * ::ffff:127.x. Callers pass the address after TRUST_PROXY was applied (req.ip), so a proxy on the
 * same machine does not make every client look local unless TRUST_PROXY says to trust it.
 */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (plain === '::1') return true;
  return isIP(plain) === 4 && plain.split('.')[0] === '127';
}
