import { ConfigError, parseConfig } from './config.schema.js';

describe('PASSWORD_HASH_COST, the test-only hashing cost', () => {
  it('defaults to the standard cost', () => {
    expect(parseConfig({}).PASSWORD_HASH_COST).toBe('standard');
    expect(parseConfig({ NODE_ENV: 'production' }).PASSWORD_HASH_COST).toBe('standard');
  });

  it.each([['production'], ['development'], [undefined]])(
    'is refused with NODE_ENV=%s, naming the variable',
    (nodeEnv) => {
      const parse = () => parseConfig({ NODE_ENV: nodeEnv, PASSWORD_HASH_COST: 'test-minimum' });
      expect(parse).toThrow(ConfigError);
      expect(parse).toThrow(/^\s*PASSWORD_HASH_COST: "test-minimum" is for test runs only/m);
    },
  );

  it('is honoured only under NODE_ENV=test', () => {
    expect(parseConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: 'test-minimum' }).PASSWORD_HASH_COST).toBe(
      'test-minimum',
    );
  });

  it('accepts no other value', () => {
    expect(() => parseConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: 'none' })).toThrow(/PASSWORD_HASH_COST/);
  });
});
