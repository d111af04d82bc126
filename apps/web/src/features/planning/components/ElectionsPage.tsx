import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { LIMITS } from '@ecw/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import type { ElectionFilter, ElectionPhase } from '../../../gql/graphql';
import { LoadMoreButton } from '../../../ui/list/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { electionsQuery } from '../graphql/elections.query';
import { formatDay } from '../timeline/zoned-time';
import { PhaseBadge } from './PhaseBadge';

const PHASES: ElectionPhase[] = ['PRE_ELECTION', 'ELECTION_PERIOD', 'POST_ELECTION'];

/** The public election calendar, filtered by country, election-day range and phase today. */
export function ElectionsPage() {
  const { t, i18n } = useTranslation('planning');
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const [country, setCountry] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [phase, setPhase] = useState<ElectionPhase | null>(null);
  const filter: ElectionFilter = {
    ...(country.length === 2 ? { countryCode: country.toUpperCase() } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(phase ? { phase } : {}),
  };
  const { data, loading, error, fetchMore } = useQuery(electionsQuery, {
    variables: { first: LIMITS.pageSizeDefault, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.elections;

  return (
    <Stack>
      <PageHeader title={t('planning.elections.title')} />
      <Group
        align="end"
        wrap="wrap"
        gap="sm"
        component="form"
        role="search"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextInput
          label={t('planning.elections.country')}
          description={t('planning.elections.countryHint')}
          maxLength={2}
          w={120}
          value={country}
          onChange={(e) => setCountry(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('planning.elections.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('planning.elections.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Select
          label={t('planning.elections.phase')}
          placeholder={t('planning.elections.anyPhase')}
          clearable
          data={PHASES.map((value) => ({ value, label: t(`planning.phase.${value}`) }))}
          value={phase}
          onChange={(value) => setPhase(value as ElectionPhase | null)}
        />
      </Group>
      <ProblemAlert problem={readGraphQLProblem(error)} />
      {connection && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('planning.elections.count', { count: connection.totalCount })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {connection?.edges.map(({ node }) => (
          <Card key={node.id} withBorder component="article" data-testid="election-entry">
            <Group justify="space-between" wrap="nowrap" align="start">
              <Anchor component={Link} to={`/elections/${node.id}`} fw={600}>
                {node.name}
              </Anchor>
              <PhaseBadge phase={node.phase} />
            </Group>
            <Text size="sm">
              {t('planning.elections.summary', {
                country: node.countryCode,
                type: t(`planning.electionType.${node.type}`),
                day: formatDay(node.electionDay, locale),
              })}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {connection && (
        <LoadMoreButton pageInfo={connection.pageInfo} loading={loading} fetchMore={fetchMore} />
      )}
    </Stack>
  );
}
