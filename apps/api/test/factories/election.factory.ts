import { randomBytes } from 'node:crypto';
import { ElectionType, MilestoneKind } from '@ecw/domain';
import { type TestClient } from '../support/test-client.js';

export interface MilestoneFields {
  kind: MilestoneKind;
  title: string;
  startsOn: string;
  endsOn: string;
  notes?: string | null;
}

export interface ElectionFields {
  name: string;
  countryCode: string;
  type: ElectionType;
  electionDay: string;
  timeZone: string;
  authorityOrganizationId?: string | null;
  milestones?: MilestoneFields[];
}

export interface CreatedElection {
  id: string;
  name: string;
  phase: string;
  electionDay: string;
}

/** A calendar date `days` from today (UTC): elections relative to the real today, for phase tests. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

let sequence = 0;

/** createElection input with a default for every field; each call names a new election. */
export class ElectionFactory {
  private constructor(private readonly fields: ElectionFields) {}

  static create(overrides: Partial<ElectionFields> = {}): ElectionFactory {
    sequence += 1;
    return new ElectionFactory({
      name: `General election ${sequence}-${randomBytes(3).toString('hex')}`,
      countryCode: 'KE',
      type: ElectionType.GENERAL,
      electionDay: daysFromToday(120),
      timeZone: 'Africa/Nairobi',
      milestones: [],
      ...overrides,
    });
  }

  with(overrides: Partial<ElectionFields>): ElectionFactory {
    return new ElectionFactory({ ...this.fields, ...overrides });
  }

  build(): ElectionFields {
    return { ...this.fields, milestones: [...(this.fields.milestones ?? [])] };
  }

  async createBy(client: TestClient): Promise<CreatedElection> {
    const data = await client.ok<{ createElection: CreatedElection }>(
      `mutation ($input: CreateElectionInput!) { createElection(input: $input) { id name phase electionDay } }`,
      { input: this.build() },
    );
    return data.createElection;
  }
}

/** A blackout window on the election, added by a member of its authority. */
export async function addBlackoutWindow(
  client: TestClient,
  electionId: string,
  startsOn: string,
  endsOn: string,
): Promise<{ id: string }> {
  const data = await client.ok<{ addBlackoutWindow: { id: string } }>(
    `mutation ($input: AddBlackoutWindowInput!) { addBlackoutWindow(input: $input) { id } }`,
    { input: { electionId, startsOn, endsOn, reason: 'Ballot printing' } },
  );
  return data.addBlackoutWindow;
}
