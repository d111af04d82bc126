import pg from 'pg';

/** Drops the run's template (on a shared DATABASE_URL server it would outlive the run), then stops the embedded server. */
export default async function globalTeardown() {
  try {
    const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
    if (serverUrl) await dropTemplate(serverUrl, process.env.TEST_DATABASE_TEMPLATE);
  } finally {
    await globalThis.__EMBEDDED_DB__?.stop();
  }
}

async function dropTemplate(serverUrl, template) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`DROP DATABASE IF EXISTS ${template}_building`);
  } finally {
    await admin.end();
  }
}
