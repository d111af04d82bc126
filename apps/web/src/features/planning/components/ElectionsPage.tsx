import { useQuery } from '@apollo/client/react';
import { ElectionPhase, LIMITS } from '@ecw/domain';
import { Anchor, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { electionsQuery } from '../graphql/elections.query';
import { PhaseBadge } from './PhaseBadge';

/** The public election calendar, by election day, filtered by phase; the phase rule is spelled out. */
export function ElectionsPage() {
  const { t } = useTranslation('planning');
  const [phase, setPhase] = useState<ElectionPhase | null>(null);
  const { data, loading, error, fetchMore } = useQuery(electionsQuery, {
    variables: { first: LIMITS.pageSizeDefault, filter: phase ? { phase } : {} },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.elections;
  return (
    <Stack>
      <PageHeader title={t('planning.elections.title')} />
      <Text size="sm">{t('planning.elections.phaseRule')}</Text>
      <Select
        label={t('planning.elections.phaseFilter')}
        data={Object.values(ElectionPhase).map((value) => ({ value, label: t(`planning.phase.${value}`) }))}
        value={phase}
        onChange={(value) => setPhase(value as ElectionPhase | null)}
        clearable
        maw={320}
      />
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {connection && connection.edges.length === 0 && <Text>{t('planning.elections.empty')}</Text>}
      {connection && connection.edges.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('planning.elections.name')}</Table.Th>
                <Table.Th scope="col">{t('planning.elections.country')}</Table.Th>
                <Table.Th scope="col">{t('planning.elections.day')}</Table.Th>
                <Table.Th scope="col">{t('planning.elections.phase')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/elections/${node.id}`}>
                      {node.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{node.countryCode}</Table.Td>
                  <Table.Td>
                    <time dateTime={node.electionDay}>{node.electionDay}</time> ({node.timeZone})
                  </Table.Td>
                  <Table.Td>
                    <PhaseBadge phase={node.phase} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {connection && (
        <LoadMoreButton pageInfo={connection.pageInfo} loading={loading} fetchMore={fetchMore} />
      )}
    </Stack>
  );
}
