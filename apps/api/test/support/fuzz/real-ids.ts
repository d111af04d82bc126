import fc from 'fast-check';
import { type GraphQLField, type GraphQLInputType, getNamedType, isInputObjectType } from 'graphql';
import { type DataSource } from 'typeorm';
import { hostileString } from './hostile-values.js';
import { type IdValues, type Place } from './input-arbitraries.js';

/** Tables whose ids no operation takes and which only dilute the pool of "any real id". */
const NOT_ADDRESSED = ['audit_events', 'brief_events', 'contact_revisions'];

/** The ids of every row of the database, by table: `{ context_briefs: [...], sessions: [...] }`. */
export async function harvestIds(db: DataSource): Promise<Map<string, string[]>> {
  const tables = await db.query<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
  );
  const found = new Map<string, string[]>();
  for (const { name } of tables.filter((table) => !NOT_ADDRESSED.includes(table.name))) {
    const rows = await db.query<{ id: string }[]>(`SELECT id::text AS id FROM "${name}" ORDER BY id`);
    if (rows.length > 0)
      found.set(
        name,
        rows.map((row) => row.id),
      );
  }
  return found;
}

/**
 * What a table's rows may be called in an argument name, lower case, without spaces: every tail of
 * its singular name (`review_sections`: reviewsection, section; `api_tokens`: apitoken, token).
 */
function namesOf(table: string): string[] {
  const words = table.split('_');
  const last = words.length - 1;
  words[last] = (words[last] ?? '').replace(/s$/, '');
  return words.map((_, index) => words.slice(index).join(''));
}

/**
 * The tables an ID place names: `briefId` → context_briefs, `coAuthorOrganizationIds` →
 * organizations; a bare `id`/`ids` is named by its owner (`RevokeSessionInput` → sessions,
 * `acceptRelationship` → relationships). The longest name found in it wins: `reviewSection` is a
 * section, not a review report.
 */
export function tablesNamed(place: Place, tables: readonly string[]): string[] {
  const bare = /^ids?$/.test(place.name);
  const words = (bare ? place.owner.replace(/Input$/, '') : place.name.replace(/Ids?$/, '')).toLowerCase();
  let best = 0;
  let named: string[] = [];
  for (const table of tables) {
    const length = Math.max(
      0,
      ...namesOf(table)
        .filter((name) => words.includes(name))
        .map((name) => name.length),
    );
    if (length === 0 || length < best) continue;
    if (length > best) named = [];
    best = length;
    named.push(table);
  }
  return named;
}

/**
 * IDs drawn mostly from the real rows the place names, else from any real row (ids of the wrong
 * kind), else random UUIDs and hostile strings: refused ids stay covered, and the others reach the
 * validation, rules and SQL behind the look-up with hostile values in the other fields.
 */
export function realIdValues(ids: ReadonlyMap<string, readonly string[]>): IdValues {
  const tables = [...ids.keys()];
  const all = [...ids.values()].flat();
  const anyReal = all.length > 0 ? fc.constantFrom(...all) : null;
  const made = fc.oneof(fc.uuid(), hostileString());
  return (place) => {
    const named = tablesNamed(place, tables).flatMap((table) => ids.get(table) ?? []);
    return fc.oneof(
      ...(named.length > 0 ? [{ weight: 6, arbitrary: fc.constantFrom(...named) }] : []),
      ...(anyReal ? [{ weight: 2, arbitrary: anyReal }] : []),
      { weight: 1, arbitrary: made },
    );
  };
}

/**
 * The ID arguments and input fields of these mutations (`inviteToConsultation.organizationIds`,
 * `updateBrief.input.answers.questionId`) that name no table with rows in `ids`: a call can only
 * give them another kind's id or a made-up one.
 */
export function idPlacesWithoutRows(
  mutations: readonly GraphQLField<unknown, unknown>[],
  ids: ReadonlyMap<string, readonly string[]>,
): string[] {
  const tables = [...ids.keys()];
  const found: string[] = [];
  const visit = (type: GraphQLInputType, place: Place, path: string, seen: ReadonlySet<string>) => {
    const named = getNamedType(type);
    if (named.name === 'ID' && tablesNamed(place, tables).length === 0) found.push(path);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const field of Object.values(named.getFields()))
      visit(
        field.type,
        { name: field.name, owner: named.name },
        `${path}.${field.name}`,
        new Set([...seen, named.name]),
      );
  };
  for (const mutation of mutations)
    for (const arg of mutation.args)
      visit(arg.type, { name: arg.name, owner: mutation.name }, `${mutation.name}.${arg.name}`, new Set());
  return found;
}
