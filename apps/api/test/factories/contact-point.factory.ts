import { randomBytes } from 'node:crypto';
import { ChannelKind, EscalationTier, MembershipRole } from '@ecw/domain';
import { type Member, type Team } from './organization.factory.js';
import { type TestClient } from '../support/test-client.js';

interface ChannelFields {
  kind: ChannelKind;
  value: string;
  preferred?: boolean;
}

export interface ContactFields {
  name: string;
  title?: string | null;
  channels: ChannelFields[];
  languages?: string[];
  timeZone?: string | null;
  availability?: string | null;
  escalationTier: EscalationTier;
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface CreatedContact {
  id: string;
  name: string;
  verificationStatus: string;
}

let sequence = 0;

/** addContactPoint input with a default for every field; each call names a new person. */
export class ContactPointFactory {
  private constructor(private readonly fields: ContactFields) {}

  static create(overrides: Partial<ContactFields> = {}): ContactPointFactory {
    sequence += 1;
    const tag = `${sequence}-${randomBytes(2).toString('hex')}`;
    return new ContactPointFactory({
      name: `Duty officer ${tag}`,
      title: 'Duty officer',
      channels: [
        { kind: ChannelKind.PHONE, value: '+254 20 123 4567', preferred: true },
        { kind: ChannelKind.EMAIL, value: `duty-${tag}@example.org` },
      ],
      languages: ['en', 'sw'],
      timeZone: 'Africa/Nairobi',
      availability: 'Mon–Fri 08:00–18:00',
      escalationTier: EscalationTier.URGENT,
      validFrom: null,
      validUntil: null,
      ...overrides,
    });
  }

  with(overrides: Partial<ContactFields>): ContactPointFactory {
    return new ContactPointFactory({ ...this.fields, ...overrides });
  }

  build(): ContactFields {
    return { ...this.fields, channels: this.fields.channels.map((channel) => ({ ...channel })) };
  }

  /** Added to the team's own side of the relationship by one of its MEMBERs, who is returned too. */
  async addByMemberOf(
    team: Team,
    relationshipId: string,
  ): Promise<{ member: Member; contact: CreatedContact }> {
    const member = team.withRole(MembershipRole.MEMBER);
    const contact = await this.addBy(member.client, relationshipId, team.organization.id);
    return { member, contact };
  }

  async addBy(client: TestClient, relationshipId: string, organizationId: string): Promise<CreatedContact> {
    const data = await client.ok<{ addContactPoint: CreatedContact }>(
      `mutation ($input: AddContactPointInput!) { addContactPoint(input: $input) { id name verificationStatus } }`,
      { input: { relationshipId, organizationId, ...this.build() } },
    );
    return data.addContactPoint;
  }
}
