import type account from '../locales/en/account.json';
import type auth from '../locales/en/auth.json';
import type common from '../locales/en/common.json';
import type notifications from '../locales/en/notifications.json';
import type organizations from '../locales/en/organizations.json';
import type planning from '../locales/en/planning.json';
import type tokens from '../locales/en/tokens.json';

// The English catalogues are the source of truth for keys: t('…') with a key that
// does not exist there is a type error, so typos never reach a screen.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      auth: typeof auth;
      organizations: typeof organizations;
      notifications: typeof notifications;
      account: typeof account;
      tokens: typeof tokens;
      planning: typeof planning;
    };
  }
}
