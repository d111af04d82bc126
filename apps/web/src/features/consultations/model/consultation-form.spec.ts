import { AttributionRule, ConsultationStatus, MembershipRole } from '@ecw/domain';
import {
  NEW_CONSULTATION,
  acceptsInvitations,
  acceptsOutcome,
  convenableOrganizations,
  createConsultationInput,
  lifecycleActions,
  moveQuestion,
} from './consultation-form';

describe('the new-consultation form', () => {
  it('defaults to the Chatham House Rule', () => {
    expect(NEW_CONSULTATION.attributionRule).toBe(AttributionRule.CHATHAM_HOUSE);
  });

  it('moves a question up or down, and nowhere past either end', () => {
    const questions = ['first', 'second', 'third'];
    expect(moveQuestion(questions, 2, -1)).toEqual(['first', 'third', 'second']);
    expect(moveQuestion(questions, 0, 1)).toEqual(['second', 'first', 'third']);
    expect(moveQuestion(questions, 0, -1)).toEqual(questions);
    expect(moveQuestion(questions, 2, 1)).toEqual(questions);
    expect(questions).toEqual(['first', 'second', 'third']);
  });

  it('sends questions in their order without the blank ones, codes in capitals, times from the viewer’s zone', () => {
    const input = createConsultationInput(
      {
        ...NEW_CONSULTATION,
        convenorOrganizationId: 'org',
        countryCodes: ['ke', ' ug '],
        questions: ['Which regions?', '  ', 'Which languages?'],
        opensAt: '2027-03-01T09:00',
        closesAt: '',
      },
      'Africa/Nairobi',
    );
    expect(input.questions).toEqual(['Which regions?', 'Which languages?']);
    expect(input.countryCodes).toEqual(['KE', 'UG']);
    expect(input.opensAt).toBe('2027-03-01T06:00:00.000Z');
    expect(input.closesAt).toBeNull();
    expect(input.convenorOrganizationId).toBe('org');
  });

  it('offers only the organisations where the viewer is a member or above', () => {
    const memberships = [
      { id: 'a', role: MembershipRole.OWNER },
      { id: 'b', role: MembershipRole.MEMBER },
      { id: 'c', role: MembershipRole.VIEWER },
    ];
    expect(convenableOrganizations(memberships).map((membership) => membership.id)).toEqual(['a', 'b']);
  });
});

describe('the convenor’s actions', () => {
  it('follow the lifecycle the API accepts', () => {
    expect(lifecycleActions(ConsultationStatus.DRAFT)).toEqual(['open', 'archive']);
    expect(lifecycleActions(ConsultationStatus.OPEN)).toEqual(['close']);
    expect(lifecycleActions(ConsultationStatus.CLOSED)).toEqual(['archive']);
    expect(lifecycleActions(ConsultationStatus.ARCHIVED)).toEqual([]);
  });

  it('invite until the consultation closes, and publish an outcome once it has opened', () => {
    expect(Object.values(ConsultationStatus).filter(acceptsInvitations)).toEqual([
      ConsultationStatus.DRAFT,
      ConsultationStatus.OPEN,
    ]);
    expect(Object.values(ConsultationStatus).filter(acceptsOutcome)).toEqual([
      ConsultationStatus.OPEN,
      ConsultationStatus.CLOSED,
      ConsultationStatus.ARCHIVED,
    ]);
  });
});
