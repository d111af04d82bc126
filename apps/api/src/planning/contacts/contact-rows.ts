import { ContactPointEntity } from './contact-point.entity.js';

/**
 * The contact_points columns (table alias `c`) under their entity property names, for the hot
 * reads (a registry, a stale list): written by hand because building the query and hydrating
 * entities through TypeORM's query builder was the largest share of the API's own CPU time on
 * those reads (docs/benchmarks.md). Dates stay `YYYY-MM-DD` text, as the entity has them.
 */
export const CONTACT_COLUMNS = `c.id, c.relationship_id AS "relationshipId", c.organization_id AS "organizationId",
  c.name, c.title, c.channels, c.languages, c.time_zone AS "timeZone", c.availability,
  c.escalation_tier AS "escalationTier", c.valid_from::text AS "validFrom", c.valid_until::text AS "validUntil",
  c.last_verified_at AS "lastVerifiedAt", c.stale_notified_at AS "staleNotifiedAt",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

/** A row selected with CONTACT_COLUMNS, as the entity (every column is there, under its property name). */
export function contactFromRow(row: Record<string, unknown>): ContactPointEntity {
  return Object.assign(new ContactPointEntity(), row);
}
