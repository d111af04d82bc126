import { type OrganizationKind } from '@ecw/domain';
import { type OrganizationOutput } from '../organizations/dtos/organization.output.js';

/**
 * The columns of an organisation joined into a consultation's or brief's row, under a prefix, so a
 * page of briefs needs no second query for its organisations. Whether a viewer may see the
 * organisation is the mappers' decision, not this file's.
 */
export function organizationColumns(alias: string, prefix: string): string {
  return [
    `${alias}.id AS "${prefix}Id"`,
    `${alias}.name AS "${prefix}Name"`,
    `${alias}.kind AS "${prefix}Kind"`,
    `${alias}.country_codes AS "${prefix}CountryCodes"`,
    `${alias}.website AS "${prefix}Website"`,
    `${alias}.verified_at AS "${prefix}VerifiedAt"`,
    `${alias}.created_at AS "${prefix}CreatedAt"`,
  ].join(', ');
}

export type OrganizationColumns = Record<string, unknown>;

export function organizationOf(row: OrganizationColumns, prefix: string): OrganizationOutput {
  return {
    id: row[`${prefix}Id`] as string,
    name: row[`${prefix}Name`] as string,
    kind: row[`${prefix}Kind`] as OrganizationKind,
    countryCodes: row[`${prefix}CountryCodes`] as string[],
    website: row[`${prefix}Website`] as string | null,
    verified: row[`${prefix}VerifiedAt`] !== null,
    createdAt: row[`${prefix}CreatedAt`] as Date,
  };
}

/** The same columns as a JSON object's arguments, for organisations aggregated into one column. */
export function organizationJson(alias: string): string {
  return `'id', ${alias}.id, 'name', ${alias}.name, 'kind', ${alias}.kind, 'countryCodes', ${alias}.country_codes,
    'website', ${alias}.website, 'verifiedAt', ${alias}.verified_at, 'createdAt', ${alias}.created_at`;
}

export interface OrganizationJson {
  id: string;
  name: string;
  kind: OrganizationKind;
  countryCodes: string[];
  website: string | null;
  verifiedAt: string | null;
  createdAt: string;
}

export function organizationOfJson(json: OrganizationJson): OrganizationOutput {
  return {
    id: json.id,
    name: json.name,
    kind: json.kind,
    countryCodes: json.countryCodes,
    website: json.website,
    verified: json.verifiedAt !== null,
    createdAt: new Date(json.createdAt),
  };
}
