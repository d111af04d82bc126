import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { DateTimeText } from '../../../ui/DateTimeText';
import { useCountryNames } from '../hooks/useCountryNames';
import { websiteHref } from '../model/website';
import { EditOrganizationForm } from './EditOrganizationForm';
import { KindLabel } from './KindLabel';
import { RoleLabel } from './RoleLabel';

const OverviewTabFragment = graphql(`
  fragment OverviewTab_organization on Organization {
    kind
    countryCodes
    website
    verified
    createdAt
    viewerRole
    ...EditOrganizationForm_organization
  }
`);

export function OverviewTab({
  canEdit,
  ...props
}: {
  organization: FragmentType<typeof OverviewTabFragment>;
  canEdit: boolean;
}) {
  const organization = getFragmentData(OverviewTabFragment, props.organization);
  const { t } = useTranslation('organizations');
  const { nameOf } = useCountryNames();
  const [editing, setEditing] = useState(false);

  if (editing) return <EditOrganizationForm organization={organization} onDone={() => setEditing(false)} />;

  const href = websiteHref(organization.website);
  const rows = [
    { label: t('organizations.fields.kind'), value: <KindLabel kind={organization.kind} /> },
    {
      label: t('organizations.fields.countries'),
      value:
        organization.countryCodes.length > 0
          ? organization.countryCodes.map(nameOf).join(', ')
          : t('organizations.overview.none'),
    },
    {
      label: t('organizations.fields.website'),
      value: href ? (
        <Anchor href={href} target="_blank" rel="noopener noreferrer" dir="ltr">
          {organization.website}
        </Anchor>
      ) : (
        (organization.website ?? t('organizations.overview.none'))
      ),
    },
    {
      label: t('organizations.overview.verification'),
      value: organization.verified
        ? t('organizations.badges.verified')
        : t('organizations.overview.unverifiedExplained'),
    },
    { label: t('organizations.overview.created'), value: <DateTimeText value={organization.createdAt} /> },
    {
      label: t('organizations.overview.yourRole'),
      value: organization.viewerRole ? (
        <RoleLabel role={organization.viewerRole} />
      ) : (
        t('organizations.overview.notMember')
      ),
    },
  ];

  return (
    <Stack align="flex-start">
      {/* As wide as the page allows, not as its longest value: a phone wraps a date or an address. */}
      <Table variant="vertical" withTableBorder w="100%" maw={720}>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Th scope="row" w={{ base: 120, sm: 200 }}>
                {row.label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Text span size="sm">
                  {row.value}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canEdit && (
        <Button variant="default" onClick={() => setEditing(true)}>
          {t('organizations.edit.button')}
        </Button>
      )}
    </Stack>
  );
}
