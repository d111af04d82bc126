import '../../features.js'; // registers the feature catalogues the notification messages come from
import { translate } from './translate.js';

const ISOLATED = (text: string) => `\u2068${text}\u2069`;
const NAME = 'Uchaguzi Watch Kenya (demo)';

describe('translate', () => {
  it('isolates each text parameter of a right-to-left message, so a Latin name keeps its brackets', () => {
    const message = translate('ar', 'notification.organizationVerified', { organization: NAME });
    expect(message).toContain(ISOLATED(NAME));
    expect(message.replace(ISOLATED(NAME), '')).not.toMatch(/[A-Za-z]/);
  });

  it('leaves left-to-right messages as they were', () => {
    expect(translate('en', 'notification.organizationVerified', { organization: NAME })).toBe(
      `${NAME} has been verified.`,
    );
    expect(translate('fr', 'notification.memberJoined', { member: 'Ada', organization: NAME })).toBe(
      `Ada a rejoint ${NAME}.`,
    );
  });

  it('still chooses the plural form by the count, and names the role in Arabic', () => {
    const params = { count: '1', organization: NAME, counterpart: 'Northwind Social' };
    expect(translate('ar', 'notification.planning.contactsStale', params)).toContain('جهة اتصال واحدة');
    const roleChanged = translate('ar', 'notification.roleChanged', { organization: NAME, role: 'VIEWER' });
    expect(roleChanged).toContain(ISOLATED('مشاهد'));
    expect(roleChanged).toContain(ISOLATED(NAME));
  });

  it('leaves a link bare, so that a mail client links exactly the address', () => {
    const link = 'https://workspace.example.org/invitations/accept#token=abc';
    const body = translate('ar', 'mail.invitationBody', {
      inviter: 'Ada',
      organization: NAME,
      role: 'MEMBER',
      expiresAt: '2026-12-11 09:00',
      link,
    });
    expect(body).toContain(`\n${link}\n`);
    expect(body).toContain(ISOLATED(NAME));
  });
});
