import { Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CopyableSecretProps {
  /** Names the secret, above it and in the copy button's accessible name. */
  label: string;
  value: string;
}

/** A value shown once (token secret, accept link, recovery codes) with a copy button. */
export function CopyableSecret({ label, value }: CopyableSecretProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" align="flex-start" w="100%">
      <Text fw={600} component="p" m={0}>
        {label}
      </Text>
      <Code block dir="ltr" w="100%" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {value}
      </Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Group gap="sm">
            {/* The visible "Copy" starts the accessible name, which also says what is copied. */}
            <Button onClick={copy} aria-label={t('common.copy.copyLabel', { label })}>
              {t('common.copy.copy')}
            </Button>
            {/* A status region: screen readers announce the confirmation without a focus move. */}
            <Text role="status" size="sm">
              {copied ? t('common.copy.copied') : ''}
            </Text>
          </Group>
        )}
      </CopyButton>
    </Stack>
  );
}
