import { ReviewEventKind } from '@ecw/domain';
import { ReviewEvents } from '../../../../src/reviews/review-events.js';
import { ReviewReportFactory } from '../../../factories/review.factory.js';
import {
  refused,
  signedOut,
  type Case,
  type Matrix,
  type AllowedAttempt,
  type RefusedAttempt,
  type RefusalCode,
} from '../case.js';
import { type Actor, type Stage, type StagedOrganization } from '../stage.js';

const REPORT = `query ($id: ID!) { reviewReport(id: $id) { id } }`;
const REPORTS = `{ reviewReports { totalCount } }`;
const CREATE = `mutation ($input: CreateReviewReportInput!) { createReviewReport(input: $input) { title } }`;
const ADD_CO_AUTHOR = `mutation ($reportId: ID!, $organizationId: ID!) { addReviewCoAuthor(reportId: $reportId, organizationId: $organizationId) { id } }`;
const ADD_SECTION = `mutation ($input: AddReviewSectionInput!) { addReviewSection(input: $input) { title } }`;
const CREATE_VERSION = `mutation ($reportId: ID!, $label: String!) { createReviewVersion(reportId: $reportId, label: $label) { id label } }`;
const REQUEST_SIGN_OFF = `mutation ($versionId: ID!) { requestSignOff(versionId: $versionId) { status } }`;
const SIGN_OFF = `mutation ($versionId: ID!) { signOff(versionId: $versionId) { organization { id } } }`;
const PUBLISH = `mutation ($reportId: ID!, $visibility: ReviewVisibility!) { publishReview(reportId: $reportId, visibility: $visibility) { status } }`;

interface StagedReport {
  organization: StagedOrganization;
  reportId: string;
}

/** A report owned by a new staged organisation (the cast holds every role in it), created by its owner. */
async function stagedReport(stage: Stage): Promise<StagedReport> {
  const organization = await stage.organization();
  const report = await ReviewReportFactory.for(organization.id).createBy(stage.person('owner').client);
  return { organization, reportId: report.id };
}

type OperationOnReport = (
  report: StagedReport,
  stage: Stage,
) =>
  | Promise<{ query: string; variables?: Record<string, unknown> }>
  | { query: string; variables?: Record<string, unknown> };

function allowedOnReport(
  as: Actor,
  name: string,
  operation: OperationOnReport,
  check: (value: unknown, report: StagedReport) => void,
): Case<AllowedAttempt> {
  return {
    as,
    name,
    arrange: async (stage) => {
      const report = await stagedReport(stage);
      return { ...(await operation(report, stage)), expect: (value) => check(value, report) };
    },
  };
}

function refusedOnReport(
  as: Actor,
  name: string,
  refusal: RefusalCode,
  operation: OperationOnReport,
): Case<RefusedAttempt> {
  return {
    as,
    name,
    arrange: async (stage) => ({ ...(await operation(await stagedReport(stage), stage)), refusal }),
  };
}

const read = (r: StagedReport) => ({ query: REPORT, variables: { id: r.reportId } });
const addOtherOrganization = async (r: StagedReport, stage: Stage) => {
  const other = await stage.organization({ verified: true });
  return { query: ADD_CO_AUTHOR, variables: { reportId: r.reportId, organizationId: other.id } };
};
const addSection = (r: StagedReport) => ({
  query: ADD_SECTION,
  variables: { input: { reportId: r.reportId, title: 'Timeline' } },
});
const createVersion = (r: StagedReport) => ({
  query: CREATE_VERSION,
  variables: { reportId: r.reportId, label: 'v1' },
});

/** A version of the report frozen by its owner; with `requested`, sign-off is asked for too. */
async function ownerVersion(r: StagedReport, stage: Stage, requested: boolean): Promise<string> {
  const owner = stage.person('owner').client;
  const created = await owner.ok<{ createReviewVersion: { id: string } }>(CREATE_VERSION, {
    reportId: r.reportId,
    label: 'v1',
  });
  const versionId = created.createReviewVersion.id;
  if (requested) await owner.ok(REQUEST_SIGN_OFF, { versionId });
  return versionId;
}
const requestSignOff = async (r: StagedReport, stage: Stage) => ({
  query: REQUEST_SIGN_OFF,
  variables: { versionId: await ownerVersion(r, stage, false) },
});
const signOff = async (r: StagedReport, stage: Stage) => ({
  query: SIGN_OFF,
  variables: { versionId: await ownerVersion(r, stage, true) },
});
/** The only co-author has signed the latest version: the report may be published. */
const publish = async (r: StagedReport, stage: Stage) => {
  const versionId = await ownerVersion(r, stage, true);
  await stage.person('owner').client.ok(SIGN_OFF, { versionId });
  return { query: PUBLISH, variables: { reportId: r.reportId, visibility: 'PUBLIC' } };
};
const ADD_RECOMMENDATION = `mutation ($input: AddRecommendationInput!) { addRecommendation(input: $input) { text } }`;
const UPDATE_RECOMMENDATION = `mutation ($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { status } }`;
const OWNED = `query ($id: ID!) { organizationRecommendations(organizationId: $id) { totalCount } }`;
const EVENTS = `subscription ($id: ID!) { reviewEvents(reportId: $id) { kind } }`;
const addRecommendation = (r: StagedReport) => ({
  query: ADD_RECOMMENDATION,
  variables: { input: { reportId: r.reportId, text: 'Follow up' } },
});
const updateRecommendation = async (r: StagedReport, stage: Stage) => {
  const added = await stage
    .person('owner')
    .client.ok<{ addRecommendation: { id: string } }>(ADD_RECOMMENDATION.replace('{ text }', '{ id }'), {
      input: { reportId: r.reportId, text: 'Follow up', ownerOrganizationId: r.organization.id },
    })
    .then((data) => data.addRecommendation);
  return { query: UPDATE_RECOMMENDATION, variables: { input: { id: added.id, status: 'IN_PROGRESS' } } };
};
const owned = (r: StagedReport) => ({ query: OWNED, variables: { id: r.organization.id } });
const events = (r: StagedReport, stage: Stage) => ({
  query: EVENTS,
  variables: { id: r.reportId },
  overSocket: {
    poke: () => stage.t.api.app.get(ReviewEvents).announce(ReviewEventKind.SECTION_UPDATED, r.reportId)(),
  },
});
const firstSection = async (r: StagedReport, stage: Stage): Promise<string> => {
  const data = await stage
    .person('owner')
    .client.ok<{ reviewReport: { sections: { id: string }[] } }>(
      `query ($id: ID!) { reviewReport(id: $id) { sections { id } } }`,
      { id: r.reportId },
    );
  return data.reviewReport.sections[0]?.id ?? '';
};
const updateSection = async (r: StagedReport, stage: Stage) => ({
  query: `mutation ($input: UpdateReviewSectionInput!) { updateReviewSection(input: $input) { title } }`,
  variables: { input: { id: await firstSection(r, stage), title: 'Renamed' } },
});
const removeSection = async (r: StagedReport, stage: Stage) => ({
  query: `mutation ($input: RemoveReviewSectionInput!) { removeReviewSection(input: $input) { id } }`,
  variables: { input: { id: await firstSection(r, stage) } },
});
const restoreSection = async (r: StagedReport, stage: Stage) => ({
  query: `mutation ($input: RestoreReviewSectionInput!) { restoreReviewSection(input: $input) { title } }`,
  variables: {
    input: { versionId: await ownerVersion(r, stage, false), sectionId: await firstSection(r, stage) },
  },
});
const exportVersion = async (r: StagedReport, stage: Stage) => ({
  query: `mutation ($input: ExportReviewReportInput!) { exportReviewReport(input: $input) { contentType } }`,
  variables: {
    input: { reportId: r.reportId, versionId: await ownerVersion(r, stage, false), format: 'MARKDOWN' },
  },
});
const create = (title: string) => (stageOrganization: StagedOrganization) => ({
  query: CREATE,
  variables: { input: ReviewReportFactory.for(stageOrganization.id, { title }).build() },
});

/** Co-author members read a report; MEMBER+ writes; OWNER/ADMIN add co-authors; everyone else sees nothing. */
export const reviewReportCases: Matrix = {
  'Query.reviewReport': {
    allowed: [
      allowedOnReport('viewer', 'a VIEWER of a co-author reads the report', read, (value, r) =>
        expect(value).toEqual({ id: r.reportId }),
      ),
      allowedOnReport('apiToken', 'a MEMBER’s API token reads it', read, (value, r) =>
        expect(value).toEqual({ id: r.reportId }),
      ),
    ],
    refused: [
      refusedOnReport('stranger', 'a stranger cannot tell a CO_AUTHORS report exists', 'NOT_FOUND', read),
      refusedOnReport('platformAdmin', 'not even a platform admin', 'NOT_FOUND', read),
      refusedOnReport('anonymous', 'signed out', 'UNAUTHENTICATED', read),
    ],
  },
  'Query.reviewReports': {
    allowed: [
      allowedOnReport(
        'member',
        'a co-author MEMBER lists its reports',
        () => ({ query: REPORTS }),
        (value) => expect(value).toEqual({ totalCount: expect.any(Number) }),
      ),
    ],
    refused: [
      {
        as: 'stranger',
        name: 'the list leaves out reports a stranger may not read',
        arrange: async (stage) => {
          await stagedReport(stage);
          return {
            query: REPORTS,
            refusal: { quietly: (value) => expect(value).toEqual({ totalCount: 0 }) },
          };
        },
      },
      signedOut({ query: REPORTS }),
    ],
  },
  'Mutation.createReviewReport': {
    allowed: [
      {
        as: 'member',
        name: 'a MEMBER creates a report for its organisation',
        arrange: async (stage) => ({
          ...create('Debrief')(await stage.organization()),
          expect: (value) => expect(value).toEqual({ title: 'Debrief' }),
        }),
      },
    ],
    refused: [
      {
        as: 'viewer',
        name: 'a VIEWER may not',
        arrange: async (stage) => ({ ...create('No')(await stage.organization()), refusal: 'FORBIDDEN' }),
      },
      refused('anonymous', 'signed out', 'UNAUTHENTICATED', async (stage) =>
        create('No')(await stage.organization()),
      ),
    ],
  },
  'Mutation.addReviewCoAuthor': {
    allowed: [
      allowedOnReport(
        'admin',
        'an ADMIN of a co-author adds an organisation',
        addOtherOrganization,
        (value, r) => expect(value).toEqual({ id: r.reportId }),
      ),
    ],
    refused: [
      refusedOnReport('member', 'a MEMBER may not', 'FORBIDDEN', addOtherOrganization),
      refusedOnReport(
        'stranger',
        'a stranger cannot tell the report exists',
        'NOT_FOUND',
        addOtherOrganization,
      ),
    ],
  },
  'Mutation.addReviewSection': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER adds a section', addSection, (value) =>
        expect(value).toEqual({ title: 'Timeline' }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', addSection),
      refusedOnReport('stranger', 'a stranger cannot tell the report exists', 'NOT_FOUND', addSection),
    ],
  },
  'Mutation.createReviewVersion': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER freezes a version', createVersion, (value) =>
        expect(value).toEqual({ id: expect.any(String), label: 'v1' }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', createVersion),
      refusedOnReport('stranger', 'a stranger cannot tell the report exists', 'NOT_FOUND', createVersion),
    ],
  },
  'Mutation.requestSignOff': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER requests sign-off', requestSignOff, (value) =>
        expect(value).toEqual({ status: 'IN_SIGNOFF' }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', requestSignOff),
      refusedOnReport('stranger', 'a stranger cannot tell the version exists', 'NOT_FOUND', requestSignOff),
    ],
  },
  'Mutation.signOff': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER signs for its organisation', signOff, (value, r) =>
        expect(value).toEqual({ organization: { id: r.organization.id } }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', signOff),
      refusedOnReport('stranger', 'a stranger cannot tell the version exists', 'NOT_FOUND', signOff),
    ],
  },
  'Mutation.publishReview': {
    allowed: [
      allowedOnReport('admin', 'an ADMIN of a co-author publishes the signed version', publish, (value) =>
        expect(value).toEqual({ status: 'PUBLISHED' }),
      ),
    ],
    refused: [
      refusedOnReport('member', 'a MEMBER may not', 'FORBIDDEN', publish),
      refusedOnReport('stranger', 'a stranger cannot tell the report exists', 'NOT_FOUND', publish),
    ],
  },
  'Mutation.addRecommendation': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER adds a recommendation', addRecommendation, (value) =>
        expect(value).toEqual({ text: 'Follow up' }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', addRecommendation),
      refusedOnReport('stranger', 'a stranger cannot tell the report exists', 'NOT_FOUND', addRecommendation),
    ],
  },
  'Mutation.updateRecommendation': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER moves it forward', updateRecommendation, (value) =>
        expect(value).toEqual({ status: 'IN_PROGRESS' }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', updateRecommendation),
      refusedOnReport('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', updateRecommendation),
    ],
  },
  'Query.organizationRecommendations': {
    allowed: [
      allowedOnReport('viewer', 'any member lists what its organisation owns', owned, (value) =>
        expect(value).toEqual({ totalCount: expect.any(Number) }),
      ),
    ],
    refused: [refusedOnReport('stranger', 'a stranger cannot list them', 'NOT_FOUND', owned)],
  },
  'Subscription.reviewEvents': {
    allowed: [
      allowedOnReport('viewer', 'a co-author VIEWER follows the report live', events, (value) =>
        expect(value).toEqual({ kind: 'SECTION_UPDATED' }),
      ),
    ],
    refused: [
      refusedOnReport('stranger', 'a stranger cannot tell the report exists', 'NOT_FOUND', (r) => ({
        query: EVENTS,
        variables: { id: r.reportId },
        overSocket: {},
      })),
    ],
  },
  'Mutation.updateReviewSection': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER renames a section', updateSection, (value) =>
        expect(value).toEqual({ title: 'Renamed' }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', updateSection),
      refusedOnReport('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', updateSection),
    ],
  },
  'Mutation.removeReviewSection': {
    allowed: [
      allowedOnReport('member', 'a co-author MEMBER removes a section', removeSection, (value, r) =>
        expect(value).toEqual({ id: r.reportId }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', removeSection),
      refusedOnReport('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', removeSection),
    ],
  },
  'Mutation.restoreReviewSection': {
    allowed: [
      allowedOnReport(
        'member',
        'a co-author MEMBER restores a section from a version',
        restoreSection,
        (value) => expect(value).toEqual({ title: 'Summary' }),
      ),
    ],
    refused: [
      refusedOnReport('viewer', 'a VIEWER may not', 'FORBIDDEN', restoreSection),
      refusedOnReport('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', restoreSection),
    ],
  },
  'Mutation.exportReviewReport': {
    allowed: [
      allowedOnReport('viewer', 'a co-author VIEWER exports a version', exportVersion, (value) =>
        expect(value).toEqual({ contentType: 'text/markdown' }),
      ),
    ],
    refused: [refusedOnReport('stranger', 'a stranger cannot tell it exists', 'NOT_FOUND', exportVersion)],
  },
};
