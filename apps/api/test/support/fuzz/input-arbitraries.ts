import fc from 'fast-check';
import {
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { hostileString, wrongValue } from './hostile-values.js';

/** Well-formed values of our custom scalars, so that generated inputs also reach the rules behind them. */
const SCALAR_EXAMPLES: Record<string, fc.Arbitrary<unknown>> = {
  Int: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer()),
  Float: fc.double(),
  Boolean: fc.boolean(),
  DateTime: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  LocalDate: fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
};

/**
 * Arguments for a GraphQL input type, generated from the schema alone: mostly well-typed values
 * (hostile strings where strings go, enum values, records with fields left out), sometimes a value
 * of the wrong type anywhere in the tree. New mutations and inputs are covered by construction.
 */
export function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: typedValue(type, depth) }, { weight: 1, arbitrary: wrongValue() });
}

function typedValue(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValue(type.ofType, depth);
  if (isListType(type)) {
    return fc.oneof(
      fc.array(valueFor(type.ofType, depth + 1), { maxLength: 4 }),
      fc.array(typedValue(type.ofType, depth + 1), { minLength: 101, maxLength: 300 }),
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isScalarType(type)) return SCALAR_EXAMPLES[type.name] ?? hostileString();
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, depth + 1)]));
    const requiredKeys = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return fc.oneof(
      { weight: 4, arbitrary: fc.record(model, { requiredKeys }) },
      { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record(model).map((value) => ({ ...value, unexpectedField: 'x' })) },
    );
  }
  return wrongValue();
}
