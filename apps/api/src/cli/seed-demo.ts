import { DataSource } from 'typeorm';
import { MembershipRole } from '@ecw/domain';
import { setPlatformAdmin } from '../accounts/platform-admin/set-platform-admin.command.js';
import {
  DEMO_ELECTIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  DEMO_PASSWORD,
  type DemoPerson,
} from './seed-data.js';
import { SeedClient } from './seed-client.js';

/**
 * Fills the demo through the product's own API at `apiUrl` (so every rule applies): people,
 * organisations of each kind in two countries, memberships with each role, and elections around the
 * day it runs (one past, two coming). Idempotent.
 */
export async function seedDemo(apiUrl: string, dataSource: DataSource): Promise<void> {
  const people = new Map<string, SeedClient>();
  for (const person of DEMO_PEOPLE) people.set(person.key, await signIn(apiUrl, person));
  const admin = DEMO_PEOPLE[0] as DemoPerson;
  await dataSource.transaction((manager) =>
    setPlatformAdmin({ manager, email: admin.email, isPlatformAdmin: true, via: 'seed' }),
  );
  const adminClient = await signIn(apiUrl, admin); // a new session carries the new right
  for (const organization of DEMO_ORGANIZATIONS) {
    const owner = people.get(organization.owner) as SeedClient;
    const id =
      (await owner.organizationNamed(organization.name)) ?? (await owner.createOrganization(organization));
    if (organization.verified) await adminClient.verifyOrganization(id);
    for (const [key, role] of Object.entries(organization.members) as [string, MembershipRole][]) {
      const member = DEMO_PEOPLE.find((p) => p.key === key) as DemoPerson;
      await owner.addMember(id, member.email, role, people.get(key) as SeedClient);
    }
  }
  const today = new Date();
  for (const election of DEMO_ELECTIONS) {
    const creator = people.get(election.creator) as SeedClient;
    if (await creator.electionNamed(election.name)) continue;
    const authorityId = await creator.organizationNamed(election.authority);
    if (!authorityId) throw new Error(`${election.creator} is not a member of ${election.authority}`);
    await creator.createElection(election, authorityId, today);
  }
}

async function signIn(url: string, person: DemoPerson): Promise<SeedClient> {
  const client = new SeedClient(url);
  await client.signUpOrIn({
    email: person.email,
    displayName: person.displayName,
    password: DEMO_PASSWORD,
    locale: person.locale,
  });
  return client;
}
