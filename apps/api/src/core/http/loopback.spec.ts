import { isLoopbackAddress } from './loopback.js';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1', '::FFFF:127.1.2.3'])(
    '%s is the machine itself',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(true);
    },
  );

  it.each([
    '10.0.0.1',
    '203.0.113.5',
    '::ffff:10.0.0.1',
    '::2',
    'fe80::1',
    '128.0.0.1',
    '',
    'localhost',
    '127.0.0.1.evil',
  ])('%s is not', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});
