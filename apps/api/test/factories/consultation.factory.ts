import { randomBytes } from 'node:crypto';
import {
  AttributionRule,
  BriefEventKind,
  BriefTopic,
  BriefVisibility,
  MembershipRole,
  RiskLevel,
} from '@ecw/domain';
import { BriefEvents } from '../../src/consultations/brief-events.js';
import { type TestApi } from '../support/test-api.js';
import { type TestClient } from '../support/test-client.js';
import {
  OrganizationFactory,
  organizationWithMembers,
  type Person,
  type Team,
} from './organization.factory.js';

export interface ConsultationFields {
  title: string;
  description: string;
  countryCodes: string[];
  attributionRule: AttributionRule;
  briefVisibility: BriefVisibility;
  opensAt: string | null;
  closesAt: string | null;
  questions: string[];
  electionId?: string | null;
}

export interface CreatedConsultation {
  id: string;
  status: string;
  questions: { id: string; prompt: string; position: number }[];
}

let sequence = 0;

/** createConsultation input with a default for every field. */
export class ConsultationFactory {
  private constructor(private readonly fields: ConsultationFields) {}

  static create(overrides: Partial<ConsultationFields> = {}): ConsultationFactory {
    sequence += 1;
    return new ConsultationFactory({
      title: `Consultation ${sequence}-${randomBytes(2).toString('hex')}`,
      description: 'What risks do you see **before** the vote?',
      countryCodes: ['KE'],
      attributionRule: AttributionRule.CHATHAM_HOUSE,
      briefVisibility: BriefVisibility.CONVENOR_ONLY,
      opensAt: null,
      closesAt: null,
      questions: ['Which regions worry you most?', 'Which languages should moderators cover?'],
      ...overrides,
    });
  }

  build(convenorOrganizationId: string): Record<string, unknown> {
    return { ...this.fields, convenorOrganizationId };
  }

  async createBy(client: TestClient, convenorOrganizationId: string): Promise<CreatedConsultation> {
    const data = await client.ok<{ createConsultation: CreatedConsultation }>(
      `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { id status questions { id prompt position } } }`,
      { input: this.build(convenorOrganizationId) },
    );
    return data.createConsultation;
  }
}

export interface BriefFields {
  title: string;
  summary: string;
  body: string;
  topics: BriefTopic[];
  regions: string[];
  languages: string[];
  riskLevel: RiskLevel;
  answers: { questionId: string; text: string }[];
}

/** createBrief input with a default for every field. */
export class BriefFactory {
  private constructor(private readonly fields: BriefFields) {}

  static create(overrides: Partial<BriefFields> = {}): BriefFactory {
    sequence += 1;
    return new BriefFactory({
      title: `Brief ${sequence}`,
      summary: 'Coordinated harassment of poll workers in the north.',
      body: '## Evidence\n\nScreenshots of *posts* in three languages.',
      topics: [BriefTopic.HARASSMENT_OF_OFFICIALS],
      regions: ['Northern Province'],
      languages: ['en'],
      riskLevel: RiskLevel.HIGH,
      answers: [],
      ...overrides,
    });
  }

  build(consultationId: string, organizationId: string): Record<string, unknown> {
    return { ...this.fields, consultationId, organizationId };
  }

  async createBy(
    client: TestClient,
    consultationId: string,
    organizationId: string,
  ): Promise<{ id: string; status: string }> {
    const data = await client.ok<{ createBrief: { id: string; status: string } }>(
      `mutation ($input: CreateBriefInput!) { createBrief(input: $input) { id status } }`,
      { input: this.build(consultationId, organizationId) },
    );
    return data.createBrief;
  }

  /** Created and submitted. */
  async submitBy(
    client: TestClient,
    consultationId: string,
    organizationId: string,
  ): Promise<{ id: string }> {
    const { id } = await this.createBy(client, consultationId, organizationId);
    await client.ok(`mutation ($id: ID!) { submitBrief(id: $id) { id } }`, { id });
    return { id };
  }
}

/** A convenor and two invited organisations, each with an owner, a MEMBER and a VIEWER. */
export interface ConsultationCast {
  convenor: Team;
  alpha: Team;
  beta: Team;
}

/**
 * Three organisations through the API, verified by `platformAdmin` so the convenor can invite them.
 * `names` plants distinctive organisation names (for the Chatham House leak test).
 */
export async function consultationCast(
  t: TestApi,
  platformAdmin: Person,
  names: Partial<Record<keyof ConsultationCast, string>> = {},
): Promise<ConsultationCast> {
  const team = (name?: string) =>
    organizationWithMembers(t, [MembershipRole.MEMBER, MembershipRole.VIEWER], {
      factory: OrganizationFactory.create(name ? { name } : {}),
      verifiedBy: platformAdmin.client,
    });
  return {
    convenor: await team(names.convenor),
    alpha: await team(names.alpha),
    beta: await team(names.beta),
  };
}

/** Created by the convenor's MEMBER, with alpha and beta invited, and opened unless asked not to. */
export async function openConsultation(
  cast: ConsultationCast,
  factory = ConsultationFactory.create(),
  options: { open?: boolean } = {},
): Promise<CreatedConsultation> {
  const client = cast.convenor.withRole(MembershipRole.MEMBER).client;
  const created = await factory.createBy(client, cast.convenor.organization.id);
  await client.ok(
    `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`,
    {
      id: created.id,
      ids: [cast.alpha.organization.id, cast.beta.organization.id],
    },
  );
  if (options.open ?? true)
    await client.ok(`mutation ($id: ID!) { openConsultation(id: $id) { id } }`, { id: created.id });
  return created;
}

/** Re-announces an event of an existing brief on the running API's bus: an idempotent poke for subscriptions. */
export function reannounce(
  t: TestApi,
  consultationId: string,
  briefId: string,
  kind = BriefEventKind.UPDATED,
  commentId: string | null = null,
) {
  return () => t.api.app.get(BriefEvents).publish({ kind, consultationId, briefId, commentId });
}
