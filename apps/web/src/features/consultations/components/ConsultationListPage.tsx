import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { ConsultationStatus } from '@ecw/domain';
import { DateTimeText } from '../../../ui/DateTimeText';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { consultationsQuery } from '../graphql/consultations.query';

const FILTERS = [
  'ALL',
  ConsultationStatus.OPEN,
  ConsultationStatus.DRAFT,
  ConsultationStatus.CLOSED,
] as const;

/** The consultations the viewer convenes or is invited to. */
export function ConsultationListPage() {
  const { t } = useTranslation('consultations');
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('ALL');
  const { data, loading, error } = useQuery(consultationsQuery, {
    variables: { first: 50, filter: status === 'ALL' ? null : { status } },
    fetchPolicy: 'cache-and-network',
  });
  const edges = data?.consultations.edges ?? [];
  return (
    <Stack>
      <PageHeader title={t('consultations.list.title')}>
        <Button component={Link} to="/consultations/new">
          {t('consultations.create.title')}
        </Button>
      </PageHeader>
      <SegmentedControl
        value={status}
        onChange={(value) => setStatus(FILTERS.find((name) => name === value) ?? 'ALL')}
        data={FILTERS.map((name) => ({ value: name, label: t(`consultations.status.${name}`) }))}
        aria-label={t('consultations.list.filter')}
      />
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {loading && !data ? (
        <PageLoader />
      ) : edges.length === 0 ? (
        <Text>{t('consultations.list.empty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('consultations.list.columns.title')}</Table.Th>
              <Table.Th>{t('consultations.list.columns.convenor')}</Table.Th>
              <Table.Th>{t('consultations.list.columns.status')}</Table.Th>
              <Table.Th>{t('consultations.list.columns.closesAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {edges.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/consultations/${node.id}`}>
                      {node.title}
                    </Anchor>
                    <Badge variant="outline" size="sm">
                      {t(`consultations.rule.${node.attributionRule}`)}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>{node.convenor.name}</Table.Td>
                <Table.Td>{t(`consultations.status.${node.status}`)}</Table.Td>
                <Table.Td>{node.closesAt ? <DateTimeText value={node.closesAt} /> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
