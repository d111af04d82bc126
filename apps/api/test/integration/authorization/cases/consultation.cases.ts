import { ConsultationEventKind } from '@ecw/domain';
import { ConsultationEvents } from '../../../../src/consultations/consultation-events.js';
import { BriefFactory, ConsultationFactory, reannounce } from '../../../factories/consultation.factory.js';
import { OrganizationFactory, verifyOrganization } from '../../../factories/organization.factory.js';
import { type Actor, type Stage, type StagedOrganization } from '../stage.js';
import {
  signedOut,
  type AllowedAttempt,
  type Case,
  type Matrix,
  type RefusalCode,
  type RefusedAttempt,
} from '../case.js';

/**
 * Two arrangements: the cast's staged organisation CONVENES (a platform-admin-owned organisation is
 * invited), or is INVITED (a platform-admin-owned organisation convenes). Roles are the cast's roles
 * in the staged organisation.
 */
interface Staged {
  consultationId: string;
  own: StagedOrganization;
  /** The other side: the invited organisation when the cast convenes, the convenor when it is invited. */
  otherId: string;
  questionId: string;
}

type Side = 'convenes' | 'invited';
type Arranged = { side: Side; open?: boolean };

async function arrange(s: Stage, { side, open = true }: Arranged): Promise<Staged> {
  const admin = s.person('platformAdmin').client;
  const own = await s.organization({ verified: true });
  const other = await OrganizationFactory.create().createBy(admin);
  await verifyOrganization(admin, other.id);
  const convenorClient = side === 'convenes' ? s.person('owner').client : admin;
  const convenorId = side === 'convenes' ? own.id : other.id;
  const invitedId = side === 'convenes' ? other.id : own.id;
  const created = await ConsultationFactory.create().createBy(convenorClient, convenorId);
  await convenorClient.ok(
    `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`,
    {
      id: created.id,
      ids: [invitedId],
    },
  );
  if (open)
    await convenorClient.ok(`mutation ($id: ID!) { openConsultation(id: $id) { id } }`, { id: created.id });
  return { consultationId: created.id, own, otherId: other.id, questionId: created.questions[0]?.id ?? '' };
}

/** A brief of the invited side: by the platform admin's organisation (cast convenes) or the cast's owner (cast invited). */
async function briefIn(s: Stage, staged: Staged, side: Side, submitted: boolean): Promise<string> {
  const client = side === 'convenes' ? s.person('platformAdmin').client : s.person('owner').client;
  const organizationId = side === 'convenes' ? staged.otherId : staged.own.id;
  const factory = BriefFactory.create();
  return submitted
    ? (await factory.submitBy(client, staged.consultationId, organizationId)).id
    : (await factory.createBy(client, staged.consultationId, organizationId)).id;
}

type Build = (
  staged: Staged,
  s: Stage,
) => Promise<{
  query: string;
  variables?: Record<string, unknown>;
  overSocket?: { poke?: () => Promise<unknown> };
}>;

function allow(
  as: Actor,
  name: string,
  arranged: Arranged,
  build: Build,
  check: (value: unknown, staged: Staged) => void,
): Case<AllowedAttempt> {
  return {
    as,
    name,
    arrange: async (s) => {
      const staged = await arrange(s, arranged);
      return { ...(await build(staged, s)), expect: (value) => check(value, staged) };
    },
  };
}

function refuse(
  as: Actor,
  name: string,
  refusal: RefusalCode,
  arranged: Arranged,
  build: Build,
): Case<RefusedAttempt> {
  return { as, name, arrange: async (s) => ({ ...(await build(await arrange(s, arranged), s)), refusal }) };
}

const CONVENES: Arranged = { side: 'convenes' };
const INVITED: Arranged = { side: 'invited' };
const DRAFT_CONVENES: Arranged = { side: 'convenes', open: false };
const hasId = (value: unknown, staged: Staged) => expect(value).toEqual({ id: staged.consultationId });
const hasStatus = (status: string) => (value: unknown) => expect(value).toMatchObject({ status });

const consultationOp = (query: string) => async (staged: Staged) => ({
  query,
  variables: { id: staged.consultationId },
});
const CONSULTATION = `query ($id: ID!) { consultation(id: $id) { id } }`;
const BRIEF = `query ($id: ID!) { contextBrief(id: $id) { id status } }`;
const UPDATE = `mutation ($id: ID!) { updateConsultation(input: { id: $id, title: "Renamed" }) { id } }`;
const OPEN = `mutation ($id: ID!) { openConsultation(id: $id) { status } }`;
const CLOSE = `mutation ($id: ID!) { closeConsultation(id: $id) { status } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveConsultation(input: { id: $id }) { status } }`;
const OUTCOME = `mutation ($id: ID!) { publishConsultationOutcome(consultationId: $id, summary: "What we heard") { id } }`;
const CREATE_BRIEF = `mutation ($input: CreateBriefInput!) { createBrief(input: $input) { status } }`;
const UPDATE_BRIEF = `mutation ($id: ID!) { updateBrief(input: { id: $id, title: "Revised" }) { status } }`;
const briefOp =
  (query: string, submitted: boolean, side: Side, extra: Record<string, unknown> = {}): Build =>
  async (staged, s) => ({
    query,
    variables: { id: await briefIn(s, staged, side, submitted), ...extra },
  });
const createBriefOp: Build = async (staged) => ({
  query: CREATE_BRIEF,
  variables: { input: BriefFactory.create().build(staged.consultationId, staged.own.id) },
});
const inviteOp: Build = async (staged, s) => {
  const admin = s.person('platformAdmin').client;
  const another = await OrganizationFactory.create().createBy(admin);
  await verifyOrganization(admin, another.id);
  return {
    query: `mutation ($id: ID!, $ids: [ID!]!) { inviteToConsultation(consultationId: $id, organizationIds: $ids) { id } }`,
    variables: { id: staged.consultationId, ids: [another.id] },
  };
};
const closedThenArchive: Build = async (staged, s) => {
  await s.person('owner').client.ok(CLOSE, { id: staged.consultationId });
  return { query: ARCHIVE, variables: { id: staged.consultationId } };
};
const EVENTS = `subscription ($id: ID!) { briefEvents(consultationId: $id) { kind brief { id } } }`;
const CONSULTATION_EVENTS = `subscription ($id: ID!) { consultationEvents(consultationId: $id) { kind consultation { id } } }`;
/** Takes back the invitation of the other side (cast convenes) or of the cast's own organisation (cast invited). */
const removeOp: Build = async (staged) => ({
  query: `mutation ($input: RemoveConsultationParticipantInput!) { removeConsultationParticipant(input: $input) { id } }`,
  variables: { input: { consultationId: staged.consultationId, organizationId: staged.otherId } },
});
const removeOwnOp: Build = async (staged) => ({
  query: `mutation ($input: RemoveConsultationParticipantInput!) { removeConsultationParticipant(input: $input) { id } }`,
  variables: { input: { consultationId: staged.consultationId, organizationId: staged.own.id } },
});
const consultationEventsOp: Build = async (staged, s) => ({
  query: CONSULTATION_EVENTS,
  variables: { id: staged.consultationId },
  overSocket: {
    poke: () =>
      s.t.api.app.get(ConsultationEvents).publish({
        kind: ConsultationEventKind.OUTCOME_PUBLISHED,
        consultationId: staged.consultationId,
        briefId: null,
      }),
  },
});

/** Consultations: the convenor's members manage, invited members write briefs, everyone else is told nothing exists. */
export const consultationCases: Matrix = {
  'Query.consultation': {
    allowed: [
      allow('viewer', 'a VIEWER of the convenor sees it', CONVENES, consultationOp(CONSULTATION), hasId),
      allow(
        'member',
        'a MEMBER of an invited organisation sees it',
        INVITED,
        consultationOp(CONSULTATION),
        hasId,
      ),
    ],
    refused: [
      refuse(
        'stranger',
        'anyone else cannot tell it exists',
        'NOT_FOUND',
        CONVENES,
        consultationOp(CONSULTATION),
      ),
      signedOut({ query: CONSULTATION, variables: { id: '00000000-0000-4000-8000-000000000000' } }),
    ],
  },
  'Query.consultations': {
    allowed: [
      allow(
        'apiToken',
        'a MEMBER’s token lists what its organisation is invited to',
        INVITED,
        async () => ({ query: `{ consultations(first: 100) { edges { node { id } } } }` }),
        (value, staged) => expect(JSON.stringify(value)).toContain(staged.consultationId),
      ),
    ],
    refused: [
      {
        as: 'stranger',
        name: 'the list leaves out what a stranger may not see',
        arrange: async (s) => {
          const staged = await arrange(s, CONVENES);
          return {
            query: `{ consultations(first: 100) { edges { node { id } } } }`,
            refusal: {
              quietly: (value) => expect(JSON.stringify(value)).not.toContain(staged.consultationId),
            },
          };
        },
      },
      signedOut({ query: `{ consultations { totalCount } }` }),
    ],
  },
  'Query.contextBrief': {
    allowed: [
      allow(
        'viewer',
        'the writing organisation sees its own draft',
        INVITED,
        briefOp(BRIEF, false, 'invited'),
        hasStatus('DRAFT'),
      ),
      allow(
        'member',
        'the convenor sees a submitted brief',
        CONVENES,
        briefOp(BRIEF, true, 'convenes'),
        hasStatus('SUBMITTED'),
      ),
    ],
    refused: [
      refuse(
        'owner',
        'the convenor never sees a draft',
        'NOT_FOUND',
        CONVENES,
        briefOp(BRIEF, false, 'convenes'),
      ),
      refuse('stranger', 'anyone else sees nothing', 'NOT_FOUND', INVITED, briefOp(BRIEF, true, 'invited')),
    ],
  },
  'Mutation.createConsultation': {
    allowed: [
      {
        as: 'member',
        name: 'a MEMBER convenes for its organisation',
        arrange: async (s) => {
          const own = await s.organization();
          return {
            query: `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { status } }`,
            variables: { input: ConsultationFactory.create().build(own.id) },
            expect: hasStatus('DRAFT'),
          };
        },
      },
    ],
    refused: [
      {
        as: 'viewer',
        name: 'a VIEWER may not',
        arrange: async (s) => {
          const own = await s.organization();
          return {
            query: `mutation ($input: CreateConsultationInput!) { createConsultation(input: $input) { status } }`,
            variables: { input: ConsultationFactory.create().build(own.id) },
            refusal: 'FORBIDDEN',
          };
        },
      },
      signedOut({
        query: `mutation { createConsultation(input: { convenorOrganizationId: "x", title: "t", description: "d", countryCodes: ["KE"], attributionRule: ATTRIBUTED, briefVisibility: CONVENOR_ONLY }) { id } }`,
      }),
    ],
  },
  'Mutation.updateConsultation': {
    allowed: [allow('member', 'a MEMBER of the convenor edits it', CONVENES, consultationOp(UPDATE), hasId)],
    refused: [
      refuse('viewer', 'a VIEWER of the convenor may not', 'FORBIDDEN', CONVENES, consultationOp(UPDATE)),
      refuse(
        'owner',
        'an invited organisation’s owner may not',
        'FORBIDDEN',
        INVITED,
        consultationOp(UPDATE),
      ),
    ],
  },
  'Mutation.inviteToConsultation': {
    allowed: [allow('admin', 'an ADMIN of the convenor invites', CONVENES, inviteOp, hasId)],
    refused: [
      refuse('viewer', 'a VIEWER of the convenor may not', 'FORBIDDEN', CONVENES, inviteOp),
      refuse('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', CONVENES, inviteOp),
    ],
  },
  'Mutation.removeConsultationParticipant': {
    allowed: [
      allow('admin', 'an ADMIN of the convenor removes an invited organisation', CONVENES, removeOp, hasId),
    ],
    refused: [
      refuse('viewer', 'a VIEWER of the convenor may not', 'FORBIDDEN', CONVENES, removeOp),
      refuse('owner', 'an invited organisation’s owner may not remove it', 'FORBIDDEN', INVITED, removeOwnOp),
      refuse('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', CONVENES, removeOp),
    ],
  },
  'Mutation.openConsultation': {
    allowed: [
      allow(
        'member',
        'a MEMBER of the convenor opens it',
        DRAFT_CONVENES,
        consultationOp(OPEN),
        hasStatus('OPEN'),
      ),
    ],
    refused: [
      refuse('viewer', 'a VIEWER of the convenor may not', 'FORBIDDEN', DRAFT_CONVENES, consultationOp(OPEN)),
      refuse(
        'stranger',
        'a stranger cannot tell it exists',
        'NOT_FOUND',
        DRAFT_CONVENES,
        consultationOp(OPEN),
      ),
    ],
  },
  'Mutation.closeConsultation': {
    allowed: [
      allow(
        'admin',
        'an ADMIN of the convenor closes it',
        CONVENES,
        consultationOp(CLOSE),
        hasStatus('CLOSED'),
      ),
    ],
    refused: [refuse('member', 'an invited MEMBER may not', 'FORBIDDEN', INVITED, consultationOp(CLOSE))],
  },
  'Mutation.archiveConsultation': {
    allowed: [
      allow(
        'owner',
        'the convenor’s OWNER archives a closed one',
        CONVENES,
        closedThenArchive,
        hasStatus('ARCHIVED'),
      ),
    ],
    refused: [refuse('viewer', 'a VIEWER of the convenor may not', 'FORBIDDEN', CONVENES, closedThenArchive)],
  },
  'Mutation.publishConsultationOutcome': {
    allowed: [
      allow('member', 'a MEMBER of the convenor publishes it', CONVENES, consultationOp(OUTCOME), hasId),
    ],
    refused: [
      refuse(
        'owner',
        'an invited organisation’s owner may not',
        'FORBIDDEN',
        INVITED,
        consultationOp(OUTCOME),
      ),
    ],
  },
  'Mutation.createBrief': {
    allowed: [
      allow('member', 'an invited MEMBER writes a draft', INVITED, createBriefOp, hasStatus('DRAFT')),
    ],
    refused: [
      refuse('viewer', 'an invited VIEWER may not', 'FORBIDDEN', INVITED, createBriefOp),
      refuse('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', INVITED, createBriefOp),
    ],
  },
  'Mutation.updateBrief': {
    allowed: [
      allow(
        'member',
        'a MEMBER of the writing organisation edits it',
        INVITED,
        briefOp(UPDATE_BRIEF, false, 'invited'),
        hasStatus('DRAFT'),
      ),
    ],
    refused: [
      refuse(
        'viewer',
        'a VIEWER of the writing organisation may not',
        'FORBIDDEN',
        INVITED,
        briefOp(UPDATE_BRIEF, false, 'invited'),
      ),
    ],
  },
  'Mutation.submitBrief': {
    allowed: [
      allow(
        'apiToken',
        'a MEMBER’s token submits it',
        INVITED,
        briefOp(`mutation ($id: ID!) { submitBrief(id: $id) { status } }`, false, 'invited'),
        hasStatus('SUBMITTED'),
      ),
    ],
    refused: [
      refuse(
        'viewer',
        'a VIEWER may not',
        'FORBIDDEN',
        INVITED,
        briefOp(`mutation ($id: ID!) { submitBrief(id: $id) { status } }`, false, 'invited'),
      ),
    ],
  },
  'Mutation.withdrawBrief': {
    allowed: [
      allow(
        'admin',
        'an ADMIN of the writing organisation withdraws it',
        INVITED,
        briefOp(`mutation ($id: ID!) { withdrawBrief(id: $id) { status } }`, true, 'invited'),
        hasStatus('WITHDRAWN'),
      ),
    ],
    refused: [
      refuse(
        'member',
        'the convenor may not',
        'FORBIDDEN',
        CONVENES,
        briefOp(`mutation ($id: ID!) { withdrawBrief(id: $id) { status } }`, true, 'convenes'),
      ),
    ],
  },
  'Mutation.acknowledgeBrief': {
    allowed: [
      allow(
        'member',
        'a MEMBER of the convenor acknowledges it',
        CONVENES,
        briefOp(`mutation ($id: ID!) { acknowledgeBrief(id: $id) { status } }`, true, 'convenes'),
        hasStatus('ACKNOWLEDGED'),
      ),
    ],
    refused: [
      refuse(
        'member',
        'the writing organisation may not acknowledge its own',
        'FORBIDDEN',
        INVITED,
        briefOp(`mutation ($id: ID!) { acknowledgeBrief(id: $id) { status } }`, true, 'invited'),
      ),
    ],
  },
  'Mutation.respondToBrief': {
    allowed: [
      allow(
        'owner',
        'the convenor’s OWNER responds',
        CONVENES,
        briefOp(
          `mutation ($id: ID!, $body: String!) { respondToBrief(id: $id, body: $body) { status } }`,
          true,
          'convenes',
          { body: 'Thanks' },
        ),
        hasStatus('RESPONDED'),
      ),
    ],
    refused: [
      refuse(
        'viewer',
        'a VIEWER of the convenor may not',
        'FORBIDDEN',
        CONVENES,
        briefOp(
          `mutation ($id: ID!, $body: String!) { respondToBrief(id: $id, body: $body) { status } }`,
          true,
          'convenes',
          { body: 'Thanks' },
        ),
      ),
    ],
  },
  'Mutation.addBriefComment': {
    allowed: [
      allow(
        'member',
        'a MEMBER of the writing organisation comments',
        INVITED,
        briefOp(
          `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { body } }`,
          true,
          'invited',
          { body: 'More' },
        ),
        (value) => expect(value).toEqual({ body: 'More' }),
      ),
    ],
    refused: [
      refuse(
        'viewer',
        'a VIEWER may not',
        'FORBIDDEN',
        INVITED,
        briefOp(
          `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { body } }`,
          true,
          'invited',
          { body: 'More' },
        ),
      ),
      refuse(
        'stranger',
        'a stranger cannot tell it exists',
        'NOT_FOUND',
        INVITED,
        briefOp(
          `mutation ($id: ID!, $body: String!) { addBriefComment(briefId: $id, body: $body) { body } }`,
          true,
          'invited',
          { body: 'More' },
        ),
      ),
    ],
  },
  'Mutation.exportConsultationBriefs': {
    allowed: [
      allow(
        'member',
        'a MEMBER of the convenor exports',
        CONVENES,
        async (staged) => ({
          query: `mutation ($id: ID!) { exportConsultationBriefs(input: { consultationId: $id, format: CSV }) { contentType } }`,
          variables: { id: staged.consultationId },
        }),
        (value) => expect(value).toEqual({ contentType: 'text/csv' }),
      ),
    ],
    refused: [
      refuse('owner', 'an invited organisation may not', 'FORBIDDEN', INVITED, async (staged) => ({
        query: `mutation ($id: ID!) { exportConsultationBriefs(input: { consultationId: $id, format: HTML }) { contentType } }`,
        variables: { id: staged.consultationId },
      })),
    ],
  },
  'Subscription.briefEvents': {
    allowed: [
      allow(
        'viewer',
        'a VIEWER of the convenor receives a submitted brief’s events',
        CONVENES,
        async (staged, s) => {
          const briefId = await briefIn(s, staged, 'convenes', true);
          return {
            query: EVENTS,
            variables: { id: staged.consultationId },
            overSocket: { poke: reannounce(s.t, staged.consultationId, briefId) },
          };
        },
        (value) => expect(value).toMatchObject({ kind: 'UPDATED' }),
      ),
    ],
    refused: [
      refuse('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', CONVENES, async (staged) => ({
        query: EVENTS,
        variables: { id: staged.consultationId },
        overSocket: {},
      })),
    ],
  },
  'Subscription.consultationEvents': {
    allowed: [
      allow(
        'viewer',
        'a VIEWER of an invited organisation receives the consultation’s events',
        INVITED,
        consultationEventsOp,
        (value) => expect(value).toMatchObject({ kind: 'OUTCOME_PUBLISHED' }),
      ),
    ],
    refused: [
      refuse('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', CONVENES, async (staged) => ({
        query: CONSULTATION_EVENTS,
        variables: { id: staged.consultationId },
        overSocket: {},
      })),
    ],
  },
};
