import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@ecw/domain';
import { Anchor, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { getFragmentData, graphql } from '../../../gql';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { organizationQuery } from '../graphql/organization.query';
import { organizationPermissions } from '../model/organization-permissions';
import { AuditLogTab } from './AuditLogTab';
import { InvitationsTab } from './InvitationsTab';
import { LeaveOrganizationButton } from './LeaveOrganizationButton';
import { MembersTab } from './MembersTab';
import { OrganizationNotFound } from './OrganizationNotFound';
import { OverviewTab } from './OverviewTab';
import { VerifiedBadge } from './VerifiedBadge';
import { VerifyOrganizationButton } from './VerifyOrganizationButton';

type TabName = 'overview' | 'members' | 'invitations' | 'audit';

/** What the page shows about an organisation; creating one asks for the same, to fill the cache. */
const OrganizationPageFragment = graphql(`
  fragment OrganizationPage_organization on Organization {
    id
    name
    verified
    viewerRole
    ...OverviewTab_organization
  }
`);

export function OrganizationPage() {
  const { t } = useTranslation('organizations');
  const { organizationId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data, loading, error } = useQuery(organizationQuery, {
    variables: { id: organizationId },
    // NOT_FOUND comes as null data plus an error; both are needed to tell it apart.
    errorPolicy: 'all',
  });
  const problem = readGraphQLProblem(error);

  if (loading && !data) return <PageLoader />;
  const organization = getFragmentData(OrganizationPageFragment, data?.organization);
  if (!organization) {
    return problem && problem.code !== ErrorCode.NOT_FOUND ? (
      <ProblemAlert problem={problem} />
    ) : (
      <OrganizationNotFound />
    );
  }

  const { isMember, canManage } = organizationPermissions(organization.viewerRole);
  const tabs: TabName[] = [
    'overview',
    ...(isMember ? (['members'] as const) : []),
    ...(canManage ? (['invitations', 'audit'] as const) : []),
  ];
  const requested = params.get('tab');
  const tab = tabs.find((name) => name === requested) ?? 'overview';
  const selectTab = (value: string | null) => {
    const next = tabs.find((name) => name === value);
    if (next) setParams(next === 'overview' ? {} : { tab: next }, { replace: true });
  };

  return (
    <Stack>
      <PageHeader title={organization.name}>
        <VerifiedBadge verified={organization.verified} />
        <VerifyOrganizationButton
          organizationId={organization.id}
          organizationName={organization.name}
          verified={organization.verified}
        />
        {isMember && (
          <Anchor component={Link} to={`/organizations/${organization.id}/relationships`}>
            {t('organizations.relationshipsLink')}
          </Anchor>
        )}
        {isMember && (
          // What the organisation took on in post-election reviews, overdue first.
          <Anchor component={Link} to={`/organizations/${organization.id}/recommendations`}>
            {t('organizations.recommendationsLink')}
          </Anchor>
        )}
        {isMember && (
          <LeaveOrganizationButton organizationId={organization.id} organizationName={organization.name} />
        )}
      </PageHeader>
      <Tabs value={tab} onChange={selectTab} keepMounted={false}>
        <Tabs.List aria-label={t('organizations.tabs.label')}>
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`organizations.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab organization={organization} canEdit={canManage} />
        </Tabs.Panel>
        {isMember && (
          <Tabs.Panel value="members" pt="md">
            <MembersTab organizationId={organization.id} canManage={canManage} />
          </Tabs.Panel>
        )}
        {canManage && (
          <>
            <Tabs.Panel value="invitations" pt="md">
              <InvitationsTab organizationId={organization.id} />
            </Tabs.Panel>
            <Tabs.Panel value="audit" pt="md">
              <AuditLogTab organizationId={organization.id} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
