/**
 * The data the subscription rows need, inserted in SQL after the API's own migrations (as the other
 * fixtures do): one subscriber, a member of a platform that has an ACTIVE relationship with an
 * election authority (one contact point on it), and that authority's OPEN consultation run under the
 * Chatham House Rule with briefs visible to all participants, where another participant (an observer
 * group) submitted a brief: the subscriber sees it without its author's name, so the redacting
 * mapper runs on every delivery.
 */
export async function seedSubscriptions(client) {
  const one = async (sql, params = []) => (await client.query(sql, params)).rows[0].id;
  const userId = await one(
    `INSERT INTO users (email, display_name, password_hash) VALUES ('subscriber@bench.example', 'Bench Subscriber', '!bench: no password') RETURNING id`,
  );
  const organization = (name, kind) =>
    one(
      `INSERT INTO organizations (name, kind, country_codes, verified_at) VALUES ($1, $2, '{KE}', now()) RETURNING id`,
      [name, kind],
    );
  const platformId = await organization('Bench Platform', 'TECH_COMPANY');
  const authorityId = await organization('Bench Electoral Commission', 'ELECTION_AUTHORITY');
  const observersId = await organization('Bench Observer Network', 'CIVIL_SOCIETY');
  await client.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
    platformId,
    userId,
  ]);
  const relationshipId = await one(
    `INSERT INTO relationships (proposer_organization_id, recipient_organization_id, status, accepted_at)
     VALUES ($1, $2, 'ACTIVE', now()) RETURNING id`,
    [platformId, authorityId],
  );
  const contactPointId = await one(
    `INSERT INTO contact_points (relationship_id, organization_id, name, title, channels, languages, time_zone,
                                 escalation_tier, last_verified_at)
     VALUES ($1, $2, 'Amina Otieno', 'Duty officer',
             '[{"kind":"PHONE","value":"+254201234567","preferred":true},{"kind":"EMAIL","value":"duty@bench.example","preferred":false}]',
             '{en,sw}', 'Africa/Nairobi', 'CRITICAL', now()) RETURNING id`,
    [relationshipId, authorityId],
  );
  const consultationId = await one(
    `INSERT INTO consultations (convenor_organization_id, title, description, country_codes, status,
                                attribution_rule, brief_visibility, opens_at)
     VALUES ($1, 'Pre-election risk briefing', 'Context for polling day', '{KE}', 'OPEN', 'CHATHAM_HOUSE',
             'ALL_PARTICIPANTS', now()) RETURNING id`,
    [authorityId],
  );
  await client.query(
    `INSERT INTO consultation_participants (consultation_id, organization_id) VALUES ($1, $2), ($1, $3)`,
    [consultationId, platformId, observersId],
  );
  const briefId = await one(
    `INSERT INTO context_briefs (consultation_id, organization_id, title, summary, body, topics, regions, languages,
                                 risk_level, status, submitted_at)
     VALUES ($1, $2, 'Coordinated rumours about polling hours', 'Situation update 0',
             'Messages claiming polls close at noon are circulating in three counties.', '{ELECTORAL_PROCESS_MISINFORMATION}',
             '{KE-01}', '{en}', 'HIGH', 'SUBMITTED', now()) RETURNING id`,
    [consultationId, observersId],
  );
  return { userId, relationshipId, contactPointId, consultationId, briefId };
}
