import { Badge, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface SectionHeadingProps {
  id: string;
  title: string;
  leadOrganization: { name: string } | null;
}

/** A section's title with the organisation leading it, shown before and after the editor loads. */
export function SectionHeading({ id, title, leadOrganization }: SectionHeadingProps) {
  const { t } = useTranslation('reviews');
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Title order={2} size="h3" id={`section-${id}`}>
        {title}
      </Title>
      <Badge variant={leadOrganization ? 'light' : 'outline'} color={leadOrganization ? 'blue' : 'gray'}>
        {leadOrganization
          ? t('reviews.report.lead', { name: leadOrganization.name })
          : t('reviews.report.noLead')}
      </Badge>
    </Group>
  );
}
