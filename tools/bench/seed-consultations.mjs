/**
 * Consultations for the bench, in SQL (no API round trips): one viewer, a MEMBER of an invited
 * organisation of CHATHAM_HOUSE consultations whose briefs are visible to all participants, so the
 * page it reads names no other organisation. Each page consultation has two questions and briefs by
 * five other invited organisations and the viewer's own, every one submitted, answering both
 * questions and commented on once by the convenor. The search consultation holds `searchBriefs`
 * briefs of about 2 KB; one in a hundred mentions "harassment".
 */
export async function seedConsultations(client, { pageSizes, searchBriefs }) {
  const one = async (sql, values = []) => (await client.query(sql, values)).rows[0];
  const viewerId = (
    await one(
      `INSERT INTO users (email, display_name, password_hash) VALUES ('viewer@bench.example', 'Bench Viewer', '!bench') RETURNING id`,
    )
  ).id;
  const convenorUserId = (
    await one(
      `INSERT INTO users (email, display_name, password_hash) VALUES ('convenor@bench.example', 'Bench Convenor', '!bench') RETURNING id`,
    )
  ).id;
  const organization = async (name, kind) =>
    (
      await one(
        `INSERT INTO organizations (name, kind, country_codes, verified_at) VALUES ($1, $2, '{KE}', now()) RETURNING id`,
        [name, kind],
      )
    ).id;
  const convenorId = await organization('Bench Platform', 'TECH_COMPANY');
  const ownId = await organization('Bench Monitors', 'CIVIL_SOCIETY');
  const otherIds = [];
  for (let i = 1; i <= 5; i += 1) otherIds.push(await organization(`Bench Group ${i}`, 'CIVIL_SOCIETY'));
  await client.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
    ownId,
    viewerId,
  ]);
  await client.query(`INSERT INTO memberships (organization_id, user_id, role) VALUES ($1, $2, 'MEMBER')`, [
    convenorId,
    convenorUserId,
  ]);

  const consultation = async (title) => {
    const { id } = await one(
      `INSERT INTO consultations (convenor_organization_id, title, description, country_codes, status, attribution_rule, brief_visibility)
       VALUES ($1, $2, 'What do you see before election day?', '{KE}', 'OPEN', 'CHATHAM_HOUSE', 'ALL_PARTICIPANTS') RETURNING id`,
      [convenorId, title],
    );
    await client.query(
      `INSERT INTO consultation_participants (consultation_id, organization_id) SELECT $1, unnest($2::uuid[])`,
      [id, [ownId, ...otherIds]],
    );
    return id;
  };

  const pages = {};
  for (const size of pageSizes) {
    const id = await consultation(`Bench page with ${size} briefs`);
    await client.query(
      `INSERT INTO consultation_questions (consultation_id, prompt, position)
       VALUES ($1, 'Which regions worry you most?', 1), ($1, 'Which platforms carry it?', 2)`,
      [id],
    );
    await client.query(
      `INSERT INTO context_briefs (consultation_id, organization_id, author_id, title, summary, body, topics, regions, languages, risk_level, status, submitted_at)
       SELECT $1, CASE WHEN i % 6 = 0 THEN $2::uuid ELSE ($3::uuid[])[1 + i % 5] END, NULL, 'Brief ' || i,
              'Poll workers receive threats in district ' || i, repeat('Messages seen on two platforms. ', 20),
              '{HARASSMENT_OF_OFFICIALS}', '{North}', '{sw}', 'HIGH', 'SUBMITTED', now() - make_interval(secs => $4 - i)
         FROM generate_series(1, $4) i`,
      [id, ownId, otherIds, size],
    );
    await client.query(
      `INSERT INTO brief_answers (brief_id, question_id, text)
       SELECT b.id, q.id, 'Answer to ' || q.prompt FROM context_briefs b JOIN consultation_questions q ON q.consultation_id = b.consultation_id
        WHERE b.consultation_id = $1`,
      [id],
    );
    await client.query(
      `INSERT INTO brief_comments (brief_id, author_id, organization_id, body)
       SELECT b.id, $2, $3, 'Noted, thank you.' FROM context_briefs b WHERE b.consultation_id = $1`,
      [id, convenorUserId, convenorId],
    );
    pages[size] = id;
  }

  const searchConsultationId = await consultation('Bench search');
  // About 330 words of a 2,000-word vocabulary per body (≈ 2 KB), spread deterministically.
  await client.query(
    `INSERT INTO context_briefs (consultation_id, organization_id, title, summary, body, topics, languages, risk_level, status, submitted_at)
     SELECT $1, ($2::uuid[])[1 + i % 5], 'Brief ' || i, 'Summary of brief ' || i,
            (SELECT string_agg('word' || (1 + (i * 7919 + k * 104729) % 2000), ' ') FROM generate_series(1, 330) k)
              || CASE WHEN i % 100 = 0 THEN ' harassment of poll workers' ELSE '' END,
            '{OTHER}', '{en}', 'MEDIUM', 'SUBMITTED', now() - make_interval(secs => $3 - i)
       FROM generate_series(1, $3) i`,
    [searchConsultationId, otherIds, searchBriefs],
  );
  // What autovacuum does to a table after a bulk load, done now so that every measurement sees the
  // same state: statistics for the planner (without them a search ran a sequential scan, 1.5 s) and
  // the GIN index's pending list merged (until then every search reads the whole list, 435 pages).
  await client.query('VACUUM ANALYZE context_briefs, brief_answers, brief_comments');
  return {
    viewerId,
    pages,
    searchConsultationId,
    searchWords: 'harassment',
    searchMatches: Math.floor(searchBriefs / 100),
  };
}
