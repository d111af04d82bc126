import fc from 'fast-check';

/** Strings that have broken parsers, databases and renderers elsewhere. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800', // a lone surrogate: not valid UTF-16, not encodable as UTF-8
  '\uDFFF\uD800',
  '\uFEFF',
  '\u202Eevil\u202C',
  'e\u0301\u0301\u0301\u0301',
  '👩🏽‍⚕️🏳️‍🌈',
  'ﷺ𒐫𒈙',
  '\r\n\t\v\f',
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '$1',
  '%s%s%n',
  '\\',
  '"',
  '<script>alert(1)</script>',
  '{{constructor.constructor("return process")()}}',
  '${jndi:ldap://x}',
  '../../../../etc/passwd',
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'https://example.org/\u0000',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  '2026-02-30',
  '2026-13-01T25:61:00Z',
  '0000-00-00',
  'null',
  'undefined',
];

/**
 * Strings of every shape: random (any code unit), known-nasty ones, and (unless `long` is false, for
 * the items of long lists, which would otherwise make every such request too large to be read) very
 * long ones.
 */
export function hostileString({ long = true }: { long?: boolean } = {}): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
    ...(long
      ? [
          { weight: 1, arbitrary: fc.constantFrom(10_000, 200_000).map((length) => 'x'.repeat(length)) },
          { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS).map((nasty) => nasty.repeat(2_000)) },
        ]
      : []),
  );
}

/** Values nested `depth` levels deep, in objects or arrays. */
function deeplyNested(): fc.Arbitrary<unknown> {
  return fc.tuple(fc.integer({ min: 50, max: 2_000 }), fc.boolean()).map(([depth, inArrays]) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level++) value = inArrays ? [value] : { a: value };
    return value;
  });
}

/** A value of any JSON type, for a place that expects another (wrong types, deep nesting, huge arrays). */
export function wrongValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    hostileString(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 0, -1),
    fc.boolean(),
    fc.constant(null),
    deeplyNested(),
    fc.constant(Array.from({ length: 5_000 }, (_, index) => `item-${index}`)),
    fc.dictionary(hostileString(), fc.string(), { maxKeys: 5 }),
  );
}
