import {
  AttributionRule,
  BriefEventKind,
  BriefTopic,
  BriefVisibility,
  ConsultationStatus,
  MembershipRole,
  RiskLevel,
} from '@ecw/domain';
import { ApolloLink } from '@apollo/client';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { consultationQuery } from '../graphql/consultation.query';

/**
 * What the component tests of the brief screens share: an open consultation with one question, seen
 * by a MEMBER of the one organisation invited to it, and that organisation's brief.
 */
export const WRITER = { __typename: 'Organization', id: 'org-coast', viewerRole: MembershipRole.MEMBER };

export const QUESTION = {
  __typename: 'ConsultationQuestion',
  id: 'q-regions',
  prompt: 'Which regions worry you most?',
};

export const BRIEF = {
  __typename: 'ContextBrief',
  id: 'brief-1',
  title: 'Coordinated harassment of poll workers',
  summary: 'Poll workers in the north receive threats.',
  body: 'Messages in **Swahili**.',
  topics: [BriefTopic.HARASSMENT_OF_OFFICIALS],
  regions: ['North'],
  languages: ['sw'],
  riskLevel: RiskLevel.HIGH,
  submitter: WRITER,
  answers: [{ __typename: 'BriefAnswer', question: QUESTION, text: 'The northern counties' }],
};

export function consultationMock(status = ConsultationStatus.OPEN): MockLink.MockedResponse {
  return {
    request: { query: consultationQuery, variables: { id: 'consultation-1' } },
    result: {
      data: {
        consultation: {
          __typename: 'Consultation',
          id: 'consultation-1',
          title: 'Kenya 2027: risks before the vote',
          description: 'Tell us what you see.',
          status,
          attributionRule: AttributionRule.CHATHAM_HOUSE,
          briefVisibility: BriefVisibility.CONVENOR_ONLY,
          opensAt: null,
          closesAt: null,
          viewerCanSubmit: status === ConsultationStatus.OPEN,
          participantCount: 1,
          convenor: { __typename: 'Organization', id: 'org-platform', name: 'Platform', viewerRole: null },
          questions: [{ ...QUESTION, position: 1 }],
          participants: [{ ...WRITER, name: 'Coast Election Monitors' }],
          outcome: null,
        },
      },
    },
  };
}

/**
 * A link that answers queries from `mocks` (other subscriptions stay unanswered) and delivers a
 * consultation's `briefEvents` when the test says so.
 */
export function withBriefEvents(mocks: MockLink.MockedResponse[]) {
  const briefEvents = new MockSubscriptionLink();
  const link = ApolloLink.split(
    ({ operationName }) => operationName === 'BriefEvents',
    briefEvents,
    new MockLink(mocks, { showWarnings: false }),
  );
  const push = (kind: BriefEventKind, briefId: string) =>
    briefEvents.simulateResult({
      result: {
        data: {
          briefEvents: { __typename: 'BriefEvent', kind, brief: { __typename: 'ContextBrief', id: briefId } },
        },
      },
    });
  return { link, push };
}
