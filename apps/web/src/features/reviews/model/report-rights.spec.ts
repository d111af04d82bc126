import { MembershipRole } from '@ecw/domain';
import { reportRights } from './report-rights';

const report = (status: string) => ({ status, coAuthors: [{ id: 'desk' }, { id: 'commission' }] });
const member = (organizationId: string, role: MembershipRole) => ({
  role,
  organization: { id: organizationId },
});

describe('what the report page offers', () => {
  it('lets an OWNER or ADMIN of any co-author add co-authors and publish', () => {
    for (const role of [MembershipRole.OWNER, MembershipRole.ADMIN]) {
      expect(reportRights(report('DRAFTING'), [member('commission', role)]).canAdminister).toBe(true);
    }
  });

  it('keeps it from a MEMBER, a VIEWER, and an ADMIN of an organisation outside the report', () => {
    const rights = reportRights(report('DRAFTING'), [
      member('desk', MembershipRole.MEMBER),
      member('commission', MembershipRole.VIEWER),
      member('outsider', MembershipRole.ADMIN),
    ]);
    expect(rights).toEqual({
      isCoAuthor: true,
      writingOrganizationIds: ['desk'],
      canWrite: true,
      canAct: true,
      canAdminister: false,
    });
  });

  it('closes everything but recommendations once published', () => {
    expect(reportRights(report('PUBLISHED'), [member('desk', MembershipRole.OWNER)])).toEqual({
      isCoAuthor: true,
      writingOrganizationIds: ['desk'],
      canWrite: true,
      canAct: false,
      canAdminister: false,
    });
  });

  it('opens the live document only to co-authors, whatever their role', () => {
    expect(reportRights(report('PUBLISHED'), [member('commission', MembershipRole.VIEWER)]).isCoAuthor).toBe(
      true,
    );
    expect(reportRights(report('PUBLISHED'), [member('outsider', MembershipRole.OWNER)]).isCoAuthor).toBe(
      false,
    );
  });
});
