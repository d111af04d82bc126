import { BriefStatus, ConsultationStatus, MembershipRole } from '@ecw/domain';
import { briefActions } from './brief-actions';

describe('what an organisation may do with its own brief', () => {
  const own = (status: BriefStatus, viewerRole: MembershipRole | null = MembershipRole.MEMBER) => ({
    status,
    submitter: { viewerRole },
  });

  it('continues a draft while the consultation is open, and neither edits nor withdraws it', () => {
    expect(briefActions(own(BriefStatus.DRAFT), ConsultationStatus.OPEN)).toEqual({
      edit: false,
      continueDraft: true,
      withdraw: false,
    });
  });

  it('edits and withdraws a submitted brief, answered or not', () => {
    for (const status of [BriefStatus.SUBMITTED, BriefStatus.ACKNOWLEDGED, BriefStatus.RESPONDED]) {
      expect(briefActions(own(status), ConsultationStatus.OPEN)).toEqual({
        edit: true,
        continueDraft: false,
        withdraw: true,
      });
    }
  });

  it('still withdraws once the consultation is closed, but no longer edits', () => {
    expect(briefActions(own(BriefStatus.SUBMITTED), ConsultationStatus.CLOSED)).toEqual({
      edit: false,
      continueDraft: false,
      withdraw: true,
    });
    expect(briefActions(own(BriefStatus.DRAFT), ConsultationStatus.CLOSED).continueDraft).toBe(false);
  });

  it('does nothing more with a withdrawn brief', () => {
    expect(briefActions(own(BriefStatus.WITHDRAWN), ConsultationStatus.OPEN)).toEqual({
      edit: false,
      continueDraft: false,
      withdraw: false,
    });
  });

  it('offers nothing to a viewer of the organisation, to another organisation or to the convenor', () => {
    const nothing = { edit: false, continueDraft: false, withdraw: false };
    expect(briefActions(own(BriefStatus.SUBMITTED, MembershipRole.VIEWER), ConsultationStatus.OPEN)).toEqual(
      nothing,
    );
    expect(briefActions(own(BriefStatus.SUBMITTED, null), ConsultationStatus.OPEN)).toEqual(nothing);
    expect(briefActions({ status: BriefStatus.SUBMITTED, submitter: null }, ConsultationStatus.OPEN)).toEqual(
      nothing,
    );
  });
});
