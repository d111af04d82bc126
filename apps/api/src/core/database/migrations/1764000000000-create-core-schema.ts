import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Accounts, sessions, API tokens, organisations, memberships, invitations, notifications and the
 * append-only audit log: the core every later feature stands on.
 */
export class CreateCoreSchema1764000000000 implements MigrationInterface {
  name = 'CreateCoreSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        locale text NOT NULL DEFAULT 'en',
        time_zone text NOT NULL DEFAULT 'UTC',
        is_platform_admin boolean NOT NULL DEFAULT false,
        totp_secret text,
        totp_enabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email))`);

    await q.query(`
      CREATE TABLE recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX recovery_codes_user ON recovery_codes (user_id)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX sessions_user ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE INDEX api_tokens_user ON api_tokens (user_id)`);

    await q.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX password_resets_user ON password_resets (user_id)`);

    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TECH_COMPANY','CIVIL_SOCIETY','ELECTION_AUTHORITY','INTERNATIONAL_ORGANIZATION','ACADEMIC','OTHER')),
        country_codes text[] NOT NULL DEFAULT '{}',
        website text,
        verified_at timestamptz,
        verified_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX organizations_verified_name ON organizations (lower(name), id) WHERE verified_at IS NOT NULL`,
    );
    await q.query(`CREATE INDEX organizations_country_codes ON organizations USING gin (country_codes)`);

    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER','ADMIN','MEMBER','VIEWER')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, user_id)
      )`);
    await q.query(`CREATE INDEX memberships_user ON memberships (user_id)`);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('OWNER','ADMIN','MEMBER','VIEWER')),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX invitations_organization ON invitations (organization_id, created_at)`);
    await q.query(`CREATE INDEX invitations_email ON invitations (lower(email))`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}',
        link text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX notifications_user_created ON notifications (user_id, created_at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`);

    await q.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        action text NOT NULL,
        target_type text,
        target_id uuid,
        metadata jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(
      `CREATE INDEX audit_events_organization_at ON audit_events (organization_id, at DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX audit_events_actor_at ON audit_events (actor_id, at DESC)`);
    // Append-only: rows can be inserted, never changed or removed (a user's erasure sets actor_id to
    // NULL through the foreign key, which is the one update allowed).
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
           AND NEW.target_type IS NOT DISTINCT FROM OLD.target_type AND NEW.target_id IS NOT DISTINCT FROM OLD.target_id
           AND NEW.metadata = OLD.metadata
           AND (NEW.actor_id IS NULL OR NEW.actor_id = OLD.actor_id)
           AND (NEW.organization_id IS NULL OR NEW.organization_id = OLD.organization_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_events_append_only ON audit_events`);
    await q.query(`DROP FUNCTION audit_events_append_only()`);
    for (const table of [
      'audit_events',
      'notifications',
      'invitations',
      'memberships',
      'organizations',
      'password_resets',
      'api_tokens',
      'sessions',
      'recovery_codes',
      'users',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
