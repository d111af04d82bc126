import { useMutation } from '@apollo/client/react';
import { CONSULTATION_LIMITS } from '@ecw/domain';
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { publishConsultationOutcomeMutation } from '../graphql/publish-consultation-outcome.mutation';
import { MarkdownField } from './MarkdownField';

interface PublishOutcomeFormProps {
  consultationId: string;
  /** The outcome already published, which this one replaces. */
  published: string | null;
}

/** "What we heard and what we will do": Markdown, shown to every participant and notified to them. */
export function PublishOutcomeForm({ consultationId, published }: PublishOutcomeFormProps) {
  const { t } = useTranslation('consultations');
  const [publish, { loading, error }] = useMutation(publishConsultationOutcomeMutation);
  const problem = readGraphQLProblem(error);
  const { form, inputProps, placedFields } = useServerForm(
    { initialValues: { summary: published ?? '' } },
    problem,
  );

  const submit = async ({ summary }: typeof form.values) => {
    await settleMutation(publish({ variables: { consultationId, summary } }));
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      aria-labelledby="outcome-title"
    >
      <Stack gap="xs">
        <Title order={2} id="outcome-title">
          {t('consultations.outcome.title')}
        </Title>
        <Alert variant="light" color="gray" role="note">
          {t('consultations.outcome.notice')}
        </Alert>
        <ProblemAlert problem={problem} formFields={placedFields} />
        <MarkdownField
          label={t('consultations.outcome.summary')}
          required
          maxLength={CONSULTATION_LIMITS.outcomeMax}
          value={form.values.summary}
          error={inputProps('summary').error}
          onChange={(value) => form.setFieldValue('summary', value)}
        />
        <Group>
          <Button type="submit" loading={loading} disabled={!form.values.summary.trim()}>
            {published ? t('consultations.outcome.republish') : t('consultations.outcome.publish')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
