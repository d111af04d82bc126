import { useQuery } from '@apollo/client/react';
import { ErrorCode, presenceColour } from '@ecw/domain';
import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { useViewer } from '../../../viewer/hooks/useViewer';
import { reviewReportQuery } from '../graphql/review-report.query';
import { useReviewEvents } from '../hooks/useReviewEvents';
import { reportRights } from '../model/report-rights';
import { AddCoAuthorForm } from './AddCoAuthorForm';
import { ExportLinks } from './ExportLinks';
import { PublishedText } from './PublishedText';
import { RecommendationsPanel } from './RecommendationsPanel';
import { SectionHeading } from './SectionHeading';
import { SectionsPanel } from './SectionsPanel';
import { SignOffPanel } from './SignOffPanel';
import { VersionsPanel } from './VersionsPanel';

// Tiptap, ProseMirror and the Yjs bindings only load when a report is opened.
const ReportEditor = lazy(() => import('../editor/ReportEditor'));

/**
 * A review: who writes it, its status, and its sections, co-edited live by its co-authors; readers
 * of a published report outside them read the published version.
 */
export function ReviewReportPage() {
  const { t } = useTranslation('reviews');
  const { reportId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(reviewReportQuery, { variables: { id: reportId } });
  useReviewEvents(reportId);
  const report = data?.reviewReport;
  const userId = viewer?.user.id;
  const userName = viewer?.user.displayName ?? viewer?.email;
  const user = useMemo(
    () => (userId && userName ? { id: userId, name: userName, color: presenceColour(userId) } : null),
    [userId, userName],
  );

  if (loading && !data) return <PageLoader />;
  if (!report) {
    // Not found (or not visible, which the server answers the same way) is said once, plainly; an
    // alert is for a failure the reader could act on or report.
    const problem = readGraphQLProblem(error);
    return (
      <Stack>
        {problem && problem.code !== ErrorCode.NOT_FOUND ? (
          <ProblemAlert problem={problem} />
        ) : (
          <Text>{t('reviews.report.notFound')}</Text>
        )}
        <Anchor component={Link} to="/reviews">
          {t('reviews.report.back')}
        </Anchor>
      </Stack>
    );
  }
  const { isCoAuthor, writingOrganizationIds, canWrite, canAct, canAdminister } = reportRights(
    report,
    viewer?.memberships ?? [],
  );
  // Outside the co-authors, the only version the server lists is the published one.
  const publishedVersion =
    viewer && !isCoAuthor && report.status === 'PUBLISHED' ? report.versions[0] : undefined;
  const liveSectionIds = new Set(report.sections.map((section) => section.id));
  const outline = (
    <Stack>
      <Group gap="xs">
        <Loader size="xs" />
        <Text size="sm">{t('reviews.report.loadingEditor')}</Text>
      </Group>
      {report.sections.map((section) => (
        <Card key={section.id} withBorder>
          <SectionHeading {...section} />
        </Card>
      ))}
    </Stack>
  );
  return (
    <Stack>
      <PageHeader title={report.title}>
        <Badge variant="light">{t(`reviews.status.${report.status}`)}</Badge>
        <Badge variant="outline">{t(`reviews.visibility.${report.visibility}`)}</Badge>
      </PageHeader>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('reviews.report.coAuthors')}
        </Text>
        {report.coAuthors.map((org) => (
          <Badge key={org.id} variant="default">
            {org.name}
          </Badge>
        ))}
      </Group>
      {canAdminister && (
        <AddCoAuthorForm reportId={report.id} coAuthorIds={report.coAuthors.map((org) => org.id)} />
      )}
      {report.election && (
        <Anchor component={Link} to={`/elections/${report.election.id}`} size="sm">
          {t('reviews.report.election', { name: report.election.name })}
        </Anchor>
      )}
      {publishedVersion ? (
        <PublishedText version={publishedVersion} />
      ) : user && isCoAuthor ? (
        <Suspense fallback={outline}>
          <ReportEditor
            collabDocument={report.collabDocument}
            sections={report.sections}
            user={user}
            published={report.status === 'PUBLISHED'}
          />
        </Suspense>
      ) : (
        outline
      )}
      {report.versions[0] && <ExportLinks reportId={report.id} version={report.versions[0]} />}
      {canAct && (
        <Card withBorder>
          <SectionsPanel report={report} />
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <VersionsPanel
            reportId={report.id}
            versions={report.versions}
            liveSectionIds={liveSectionIds}
            canFreeze={canAct}
          />
        </Card>
        <Card withBorder>
          <SignOffPanel
            report={report}
            canAct={canAct}
            canPublish={canAdminister}
            signingOrganizationIds={writingOrganizationIds}
          />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <RecommendationsPanel report={report} canEdit={canWrite} />
      </Card>
    </Stack>
  );
}
