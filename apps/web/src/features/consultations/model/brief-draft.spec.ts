import { BriefTopic, MembershipRole, RiskLevel } from '@ecw/domain';
import {
  EMPTY_DRAFT,
  briefFields,
  draftOf,
  isSavable,
  withOrganization,
  writableOrganizations,
} from './brief-draft';

describe('brief drafts in the editor', () => {
  const ready = {
    ...EMPTY_DRAFT,
    organizationId: 'o',
    title: 'T',
    summary: 'S',
    body: 'B',
    topics: [BriefTopic.OTHER],
  };

  it('are saved only once they have what the API requires', () => {
    expect(isSavable(ready)).toBe(true);
    expect(isSavable({ ...ready, topics: [] })).toBe(false);
    expect(isSavable({ ...ready, title: '  ' })).toBe(false);
  });

  it('send non-empty answers only', () => {
    expect(briefFields({ ...ready, answers: { q1: 'yes', q2: ' ' } }).answers).toEqual([
      { questionId: 'q1', text: 'yes' },
    ]);
  });

  it('write for the only organisation the viewer may write for, and never for one where it only reads', () => {
    expect(withOrganization(EMPTY_DRAFT, 'only').organizationId).toBe('only');
    expect(withOrganization({ ...EMPTY_DRAFT, organizationId: 'chosen' }, 'only').organizationId).toBe(
      'chosen',
    );
    expect(
      writableOrganizations([
        { id: 'a', viewerRole: MembershipRole.MEMBER },
        { id: 'b', viewerRole: MembershipRole.VIEWER },
        { id: 'c', viewerRole: null },
      ]).map((organization) => organization.id),
    ).toEqual(['a']);
  });

  it('carry on from a saved brief, its answers keyed by question', () => {
    const saved = {
      submitter: { id: 'o' },
      title: 'T',
      summary: 'S',
      body: 'B',
      topics: [BriefTopic.OTHER],
      regions: ['North'],
      languages: ['sw'],
      riskLevel: RiskLevel.HIGH,
      answers: [{ question: { id: 'q1' }, text: 'yes' }],
    };
    expect(draftOf(saved)).toEqual({
      ...ready,
      regions: ['North'],
      languages: ['sw'],
      riskLevel: RiskLevel.HIGH,
      answers: { q1: 'yes' },
    });
  });
});
