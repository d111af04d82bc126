import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const LINKS = [
  { to: '/organizations', key: 'common.nav.organizations' },
  { to: '/consultations', key: 'common.nav.consultations' },
  { to: '/elections', key: 'common.nav.elections' },
  { to: '/reviews', key: 'common.nav.reviews' },
  { to: '/account', key: 'common.nav.account' },
  { to: '/account/tokens', key: 'common.nav.apiTokens' },
] as const;

/** The signed-in sections; NavLink marks the current one with aria-current="page". */
export function MainNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.nav.label')}>
      <Group gap="md" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {LINKS.map((link) => (
          <li key={link.to}>
            <Anchor component={NavLink} to={link.to} end fw={500}>
              {t(link.key)}
            </Anchor>
          </li>
        ))}
      </Group>
    </nav>
  );
}
