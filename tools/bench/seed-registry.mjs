// Deterministic contact-registry data set for the planning benchmarks: one verified tech company
// (the viewer is its MEMBER) in an ACTIVE relationship with each of N verified election authorities,
// each side holding the same number of contact points, verified at spread-out times (so some are
// STALE). Plain SQL through `pg` into a database that already has the API's schema.

/** Inserts the data set; returns the viewer's id, the company's id and every relationship id. */
export async function seedRegistry(client, { relationships = 500, contactsPerRelationship = 20 } = {}) {
  const user = await client.query(
    `INSERT INTO users (email, display_name, password_hash) VALUES ('registry-viewer@bench.example', 'Registry Viewer', '!bench') RETURNING id`,
  );
  const viewerId = user.rows[0].id;
  const company = await client.query(
    `INSERT INTO organizations (name, kind, country_codes, verified_at) VALUES ('Bench Platform', 'TECH_COMPANY', '{KE}', now()) RETURNING id`,
  );
  const companyId = company.rows[0].id;
  await client.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
    companyId,
    viewerId,
  ]);
  const authorities = await client.query(
    `INSERT INTO organizations (name, kind, country_codes, verified_at)
     SELECT 'Authority ' || n, 'ELECTION_AUTHORITY', '{KE}', now() FROM generate_series(1, $1) n RETURNING id`,
    [relationships],
  );
  const related = await client.query(
    `INSERT INTO relationships (proposer_organization_id, recipient_organization_id, status, accepted_at)
     SELECT $1, a, 'ACTIVE', now() FROM unnest($2::uuid[]) a RETURNING id, recipient_organization_id`,
    [companyId, authorities.rows.map((row) => row.id)],
  );
  const half = Math.floor(contactsPerRelationship / 2);
  await client.query(
    `INSERT INTO contact_points (relationship_id, organization_id, name, title, channels, languages, time_zone,
                                 escalation_tier, last_verified_at)
     SELECT r.id, CASE WHEN n <= $2 THEN $1::uuid ELSE r.recipient_organization_id END,
            'Contact ' || n || ' of ' || left(r.id::text, 8), 'Duty officer',
            jsonb_build_array(jsonb_build_object('kind', 'PHONE', 'value', '+2542012345' || lpad(n::text, 2, '0'), 'preferred', true),
                              jsonb_build_object('kind', 'EMAIL', 'value', 'contact' || n || '@bench.example', 'preferred', false)),
            '{en,sw}', 'Africa/Nairobi',
            (ARRAY['CRITICAL','URGENT','ROUTINE'])[1 + n % 3],
            now() - make_interval(days => (n * 7) % 120)
       FROM unnest($3::uuid[], $4::uuid[]) AS r(id, recipient_organization_id), generate_series(1, $5) n`,
    [
      companyId,
      half,
      related.rows.map((row) => row.id),
      related.rows.map((row) => row.recipient_organization_id),
      contactsPerRelationship,
    ],
  );
  return { viewerId, companyId, relationshipIds: related.rows.map((row) => row.id) };
}
