import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signInPath, signUpPath } from '../../auth/return-path';

/** The invitation is shown only to a signed-in account; both ways in come back here. */
export function SignInToAccept() {
  const { t } = useTranslation('organizations');
  const location = useLocation();
  // The hash carries the invitation token (#token=…): keep it for the way back.
  const here = `${location.pathname}${location.search}${location.hash}`;
  return (
    <Stack>
      <Text>{t('organizations.accept.signInFirst')}</Text>
      <Group>
        <Button component={Link} to={signInPath(here)}>
          {t('organizations.accept.signIn')}
        </Button>
        <Button component={Link} to={signUpPath(here)} variant="default">
          {t('organizations.accept.signUp')}
        </Button>
      </Group>
    </Stack>
  );
}
