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

/** Mostly days of this century (elections, deadlines), sometimes any of years 1 to 9999. */
const day = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.date({ min: new Date('2000-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
  },
  {
    weight: 1,
    arbitrary: fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
  },
);

/** Mostly instants of this century, sometimes any a Date can hold (years −271821 to 275760). */
const instant = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.date({ min: new Date('2000-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
  },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);

/**
 * Well-formed values of our custom scalars, so that generated inputs also reach the rules behind
 * them: a LocalDate has four-digit years (`+275760-09-13` does not coerce), while the DateTime scalar
 * takes any instant a Date can hold (that is how instants PostgreSQL cannot store were found).
 */
const SCALAR_EXAMPLES: Record<string, fc.Arbitrary<unknown>> = {
  Int: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer()),
  Float: fc.double(),
  Boolean: fc.boolean(),
  DateTime: instant.map((date) => date.toISOString()),
  LocalDate: day.map((date) => date.toISOString().slice(0, 10)),
};

/**
 * Where a value goes: the argument or input field it fills (`organizationIds`, `id`), and the
 * mutation or input type that field belongs to (`inviteToConsultation`, `RevokeSessionInput`).
 */
export interface Place {
  name: string;
  owner: string;
}

/** Values for a place of type ID (real ids, say), or null for hostile strings like any other scalar. */
export type IdValues = (place: Place) => fc.Arbitrary<string> | null;

/**
 * How a call's arguments are made. `wellTyped`: every value of its type, every required field
 * given, so GraphQL passes the call to the resolver (with hostile strings, real or made-up ids,
 * huge lists); otherwise values of the wrong type anywhere in the tree, fields left out or unknown,
 * which GraphQL itself must refuse cleanly.
 */
export interface Generation {
  ids: IdValues;
  wellTyped: boolean;
}

/**
 * Arguments for a GraphQL input type, generated from the schema alone: hostile strings where
 * strings go, `ids` where IDs go, enum values, records with optional fields left out, and (unless
 * well-typed) values of the wrong type. New mutations and inputs are covered by construction.
 */
export function valueFor(
  type: GraphQLInputType,
  place: Place,
  generation: Generation,
): fc.Arbitrary<unknown> {
  return anyValue(type, place, generation, 0, true);
}

/** `long`: strings may be very long (not in the items of long lists). */
function anyValue(
  type: GraphQLInputType,
  place: Place,
  generation: Generation,
  depth: number,
  long: boolean,
): fc.Arbitrary<unknown> {
  const typed = typedValue(type, place, generation, depth, long);
  if (generation.wellTyped) return typed;
  return fc.oneof({ weight: 5, arbitrary: typed }, { weight: 1, arbitrary: wrongValue() });
}

function typedValue(
  type: GraphQLInputType,
  place: Place,
  generation: Generation,
  depth: number,
  long: boolean,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedValue(type.ofType, place, generation, depth, long);
  if (isListType(type)) {
    return fc.oneof(
      fc.array(anyValue(type.ofType, place, generation, depth + 1, long), { maxLength: 4 }),
      fc.array(typedValue(type.ofType, place, generation, depth + 1, false), {
        minLength: 101,
        maxLength: 300,
      }),
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isScalarType(type)) {
    if (type.name === 'ID') return generation.ids(place) ?? hostileString({ long });
    return SCALAR_EXAMPLES[type.name] ?? hostileString({ long });
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((field) => [
        field.name,
        anyValue(field.type, { name: field.name, owner: type.name }, generation, depth + 1, long),
      ]),
    );
    const requiredKeys = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    if (generation.wellTyped) return fc.record(model, { requiredKeys });
    return fc.oneof(
      { weight: 4, arbitrary: fc.record(model, { requiredKeys }) },
      { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record(model).map((value) => ({ ...value, unexpectedField: 'x' })) },
    );
  }
  return wrongValue();
}
