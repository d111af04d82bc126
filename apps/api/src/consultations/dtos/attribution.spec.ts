import '../../features.js'; // registers the feature catalogues the labels come from
import {
  AttributionRule,
  BriefStatus,
  BriefTopic,
  BriefVisibility,
  ConsultationStatus,
  MembershipRole,
  OrganizationKind,
  RiskLevel,
} from '@ecw/domain';
import { type BriefRecord, type CommentRecord } from '../brief.record.js';
import { type ConsultationRecord } from '../consultation.record.js';
import { toCommentOutput } from './comment.output.js';
import { toBriefOutput } from './context-brief.output.js';

const CONVENOR = '00000000-0000-4000-8000-000000000001';
const AUTHOR_ORG = '00000000-0000-4000-8000-000000000002';
const OTHER_ORG = '00000000-0000-4000-8000-000000000003';

function organization(id: string, name: string) {
  return {
    id,
    name,
    kind: OrganizationKind.CIVIL_SOCIETY,
    countryCodes: ['KE'],
    website: null,
    verified: true,
    createdAt: new Date(0),
  };
}

function consultation(
  rule: AttributionRule,
  viewer: { convenorRole?: MembershipRole; participantOf?: string },
): ConsultationRecord {
  return {
    id: 'c',
    electionId: null,
    title: 'T',
    description: 'D',
    countryCodes: ['KE'],
    status: ConsultationStatus.OPEN,
    attributionRule: rule,
    briefVisibility: BriefVisibility.ALL_PARTICIPANTS,
    opensAt: null,
    closesAt: null,
    outcomeSummary: null,
    outcomePublishedAt: null,
    createdAt: new Date(0),
    position: '',
    convenor: organization(CONVENOR, 'Convenor Co'),
    participantCount: 2,
    questions: [],
    participants: [],
    hasSubmittedBrief: true,
    subject: { userId: '00000000-0000-4000-8000-0000000000aa', isPlatformAdmin: false },
    facts: {
      convenorOrganizationId: CONVENOR,
      status: ConsultationStatus.OPEN,
      attributionRule: rule,
      briefVisibility: BriefVisibility.ALL_PARTICIPANTS,
      convenorRole: viewer.convenorRole ?? null,
      participantRoles: new Map(viewer.participantOf ? [[viewer.participantOf, MembershipRole.MEMBER]] : []),
    },
  };
}

const brief: BriefRecord = {
  id: 'b',
  consultationId: 'c',
  organizationId: AUTHOR_ORG,
  title: 'Title',
  summary: 'Summary',
  body: 'Body',
  topics: [BriefTopic.HATE_SPEECH],
  regions: [],
  languages: [],
  riskLevel: RiskLevel.LOW,
  status: BriefStatus.SUBMITTED,
  submittedAt: new Date(0),
  acknowledgedAt: null,
  responseBody: null,
  respondedAt: null,
  createdAt: new Date(0),
  position: '',
  organization: organization(AUTHOR_ORG, 'Secret Monitors'),
};

const comment = (organizationId: string): CommentRecord => ({
  id: 'k',
  briefId: 'b',
  authorId: 'u',
  authorName: 'Secret Person',
  organizationId,
  organizationName: organizationId === CONVENOR ? 'Convenor Co' : 'Secret Monitors',
  body: 'Hello',
  createdAt: new Date(0),
  position: '',
});

describe('attribution in the output mappers', () => {
  it('hides the submitter from the convenor and other participants under CHATHAM_HOUSE', () => {
    for (const viewer of [{ convenorRole: MembershipRole.OWNER }, { participantOf: OTHER_ORG }]) {
      const shown = toBriefOutput(brief, consultation(AttributionRule.CHATHAM_HOUSE, viewer), 'fr');
      expect(shown.submitter).toBeNull();
      expect(shown.attribution).toBe('Une organisation participante');
      expect(JSON.stringify(shown)).not.toContain('Secret');
    }
  });

  it('shows the author organisation itself, and everyone under ATTRIBUTED', () => {
    expect(
      toBriefOutput(brief, consultation(AttributionRule.CHATHAM_HOUSE, { participantOf: AUTHOR_ORG }), 'en')
        .submitter?.name,
    ).toBe('Secret Monitors');
    expect(
      toBriefOutput(
        brief,
        consultation(AttributionRule.ATTRIBUTED, { convenorRole: MembershipRole.MEMBER }),
        'en',
      ).attribution,
    ).toBe('Secret Monitors');
  });

  it('needs no organisation for an unnamed brief, and answers none for a named one a page read without it', () => {
    const unread = { ...brief, organization: undefined };
    const outsider = toBriefOutput(
      unread,
      consultation(AttributionRule.CHATHAM_HOUSE, { convenorRole: MembershipRole.OWNER }),
      'en',
    );
    expect(outsider.submitter).toBeNull();
    expect(outsider.attribution).toBe('A participating organisation');
    // Undefined, not a label: the non-null `attribution` then fails the request instead of misleading.
    const named = toBriefOutput(
      unread,
      consultation(AttributionRule.ATTRIBUTED, { participantOf: OTHER_ORG }),
      'en',
    );
    expect(named.submitter).toBeUndefined();
    expect(named.attribution).toBeUndefined();
  });

  it('labels comments "The convenor" or "A participant" outside the author’s organisation', () => {
    const asParticipant = consultation(AttributionRule.CHATHAM_HOUSE, { participantOf: OTHER_ORG });
    expect(toCommentOutput(comment(CONVENOR), asParticipant, 'en')).toMatchObject({
      author: null,
      attribution: 'The convenor',
    });
    expect(toCommentOutput(comment(AUTHOR_ORG), asParticipant, 'ar')).toMatchObject({
      author: null,
      attribution: 'أحد المشاركين',
    });
    const asConvenor = consultation(AttributionRule.CHATHAM_HOUSE, { convenorRole: MembershipRole.VIEWER });
    expect(toCommentOutput(comment(CONVENOR), asConvenor, 'en').author).toEqual({
      id: 'u',
      displayName: 'Secret Person',
    });
    expect(toCommentOutput(comment(AUTHOR_ORG), asConvenor, 'en').author).toBeNull();
  });

  it('gives the hour, not the minute, of an unattributed brief or comment; the author sees it exactly', () => {
    const at = new Date('2026-11-30T14:05:37.123Z');
    const hidden = consultation(AttributionRule.CHATHAM_HOUSE, { convenorRole: MembershipRole.OWNER });
    const own = consultation(AttributionRule.CHATHAM_HOUSE, { participantOf: AUTHOR_ORG });
    const attributed = consultation(AttributionRule.ATTRIBUTED, { convenorRole: MembershipRole.OWNER });
    const timed = { ...brief, submittedAt: at };
    expect(toBriefOutput(timed, hidden, 'en').submittedAt).toEqual(new Date('2026-11-30T14:00:00.000Z'));
    expect(toBriefOutput(timed, own, 'en').submittedAt).toEqual(at);
    expect(toBriefOutput(timed, attributed, 'en').submittedAt).toEqual(at);
    expect(toBriefOutput({ ...brief, submittedAt: null }, hidden, 'en').submittedAt).toBeNull();
    const said = { ...comment(AUTHOR_ORG), createdAt: at };
    expect(toCommentOutput(said, hidden, 'en').createdAt).toEqual(new Date('2026-11-30T14:00:00.000Z'));
    expect(toCommentOutput(said, own, 'en').createdAt).toEqual(at);
    expect(at.toISOString()).toBe('2026-11-30T14:05:37.123Z'); // the record itself is left as it was
  });
});
