import { NavLink } from 'react-router';
import { useShellText } from '../../i18n/useShellText';
import { anchorLook, groupLook } from '../../shell/look';

const LINKS = [
  { to: '/organizations', key: 'common.nav.organizations' },
  { to: '/consultations', key: 'common.nav.consultations' },
  { to: '/elections', key: 'common.nav.elections' },
  { to: '/reviews', key: 'common.nav.reviews' },
  { to: '/account', key: 'common.nav.account' },
  { to: '/account/tokens', key: 'common.nav.apiTokens' },
] as const;

const LIST = groupLook('md');

/** The signed-in sections; NavLink marks the current one with aria-current="page". */
export function MainNav() {
  const t = useShellText();
  return (
    <nav aria-label={t('common.nav.label')}>
      <ul {...LIST} style={{ ...LIST.style, listStyle: 'none', margin: 0, padding: 0 }}>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end {...anchorLook({ fontWeight: 500 })}>
              {t(link.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
