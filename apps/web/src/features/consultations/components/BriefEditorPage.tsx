import { useQuery } from '@apollo/client/react';
import { ErrorCode } from '@ecw/domain';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { PageLoader } from '../../../ui/PageLoader';
import { consultationQuery } from '../graphql/consultation.query';
import { editableBriefQuery } from '../graphql/editable-brief.query';
import { briefActions } from '../model/brief-actions';
import { draftOf } from '../model/brief-draft';
import { BriefEditor } from './BriefEditor';
import { ConsultationNotFound } from './ConsultationNotFound';

/**
 * The editor's screen: a new brief at `briefs/new`, or a saved one at `briefs/:briefId/edit`, loaded
 * from the server so a draft survives a reload and can still be submitted.
 */
export function BriefEditorPage() {
  const { t } = useTranslation('consultations');
  const { consultationId = '', briefId } = useParams();
  const consultationResult = useQuery(consultationQuery, {
    variables: { id: consultationId },
    errorPolicy: 'all',
  });
  const briefResult = useQuery(editableBriefQuery, {
    variables: { id: briefId ?? '' },
    skip: !briefId,
    errorPolicy: 'all',
  });
  const consultation = consultationResult.data?.consultation;
  // A brief is edited beside its own consultation's questions, never another's.
  const found = briefResult.data?.contextBrief;
  const brief = found?.consultation.id === consultationId ? found : undefined;

  if ((consultationResult.loading && !consultation) || (briefResult.loading && !found)) return <PageLoader />;
  const problem = readGraphQLProblem(consultationResult.error ?? briefResult.error);
  if (!consultation || (briefId && !brief)) {
    return problem && problem.code !== ErrorCode.NOT_FOUND ? (
      <ProblemAlert problem={problem} />
    ) : (
      <ConsultationNotFound />
    );
  }
  if (!brief) return <BriefEditor consultation={consultation} saved={null} />;

  const actions = briefActions(brief, consultation.status);
  if (!actions.edit && !actions.continueDraft) {
    return (
      <Stack>
        <Text>{t('consultations.editor.notEditable')}</Text>
        <Anchor component={Link} to={`/consultations/${consultation.id}/briefs/${brief.id}`}>
          {t('consultations.editor.backToBrief')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <BriefEditor
      consultation={consultation}
      saved={{ id: brief.id, status: brief.status, draft: draftOf(brief) }}
    />
  );
}
