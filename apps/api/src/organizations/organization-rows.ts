import { OrganizationEntity } from './organization.entity.js';

/** Each entity property's column in the organizations table. */
const COLUMN_OF = {
  id: 'id',
  name: 'name',
  kind: 'kind',
  countryCodes: 'country_codes',
  website: 'website',
  verifiedAt: 'verified_at',
  verifiedBy: 'verified_by',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
} as const satisfies Record<keyof OrganizationEntity, string>;

/**
 * The organizations columns of table `alias` under their entity property names, each behind
 * `prefix` (so a statement can carry two organisations beside other columns), for reads made on
 * most requests (an organisation by id behind a registry, a report, a membership): written by hand
 * because TypeORM's query building and hydration cost more CPU than the statement (docs/benchmarks.md).
 */
export function organizationColumns(alias: string, prefix = ''): string {
  return Object.entries(COLUMN_OF)
    .map(([property, column]) => `${alias}.${column} AS "${prefix}${property}"`)
    .join(', ');
}

export const ORGANIZATION_COLUMNS = organizationColumns('o');

/** A row selected with ORGANIZATION_COLUMNS, as the entity (every column is there, under its property name). */
export function organizationFromRow(row: Record<string, unknown>): OrganizationEntity {
  return Object.assign(new OrganizationEntity(), row);
}

/** The organisation selected with `organizationColumns(alias, prefix)`; null when its join found none. */
export function organizationFromPrefixedRow(
  row: Record<string, unknown>,
  prefix: string,
): OrganizationEntity | null {
  if (row[`${prefix}id`] == null) return null;
  const organization = new OrganizationEntity();
  for (const property of Object.keys(COLUMN_OF)) {
    Object.assign(organization, { [property]: row[`${prefix}${property}`] });
  }
  return organization;
}
