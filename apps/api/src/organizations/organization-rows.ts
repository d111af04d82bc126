import { OrganizationEntity } from './organization.entity.js';

/**
 * The organizations columns (table alias `o`) under their entity property names, for reads made on
 * most requests (an organisation by id behind a registry, a report, a membership): written by hand
 * because TypeORM's query building and hydration cost more CPU than the statement (docs/benchmarks.md).
 */
export const ORGANIZATION_COLUMNS = `o.id, o.name, o.kind, o.country_codes AS "countryCodes", o.website,
  o.verified_at AS "verifiedAt", o.verified_by AS "verifiedBy", o.created_at AS "createdAt",
  o.updated_at AS "updatedAt"`;

/** A row selected with ORGANIZATION_COLUMNS, as the entity (every column is there, under its property name). */
export function organizationFromRow(row: Record<string, unknown>): OrganizationEntity {
  return Object.assign(new OrganizationEntity(), row);
}
