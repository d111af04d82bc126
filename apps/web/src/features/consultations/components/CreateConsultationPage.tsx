import { useMutation, useQuery } from '@apollo/client/react';
import { AttributionRule, BriefVisibility, CONSULTATION_LIMITS, LIMITS } from '@ecw/domain';
import { Button, Group, Radio, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import { useServerForm } from '../../../forms/useServerForm';
import { PageHeader } from '../../../ui/PageHeader';
import { PageLoader } from '../../../ui/PageLoader';
import { ElectionSelect } from '../../planning/components/ElectionSelect';
import { consultationFormChoicesQuery } from '../graphql/consultation-form-choices.query';
import { createConsultationMutation } from '../graphql/create-consultation.mutation';
import {
  NEW_CONSULTATION,
  convenableOrganizations,
  createConsultationInput,
  type ConsultationFormValues,
} from '../model/consultation-form';
import { AttributionNotice } from './AttributionNotice';
import { MarkdownField } from './MarkdownField';
import { QuestionsField } from './QuestionsField';

/** A new consultation, created as a DRAFT: nobody is invited and nothing is visible until the convenor acts. */
export function CreateConsultationPage() {
  const { t } = useTranslation('consultations');
  const navigate = useNavigate();
  const choices = useQuery(consultationFormChoicesQuery);
  const [create, { loading, error }] = useMutation(createConsultationMutation);
  const problem = readGraphQLProblem(error ?? choices.error);
  const organizations = convenableOrganizations(choices.data?.me?.memberships ?? []);
  const timeZone = choices.data?.me?.timeZone ?? 'UTC';
  const { form, inputProps, placedFields } = useServerForm<ConsultationFormValues>(
    { initialValues: NEW_CONSULTATION },
    problem,
  );
  if (choices.loading && !choices.data) return <PageLoader />;
  // With one organisation to convene for, it is chosen without asking.
  const onlyOrganization = organizations.length === 1 ? (organizations[0]?.organization.id ?? null) : null;

  const submit = async (values: ConsultationFormValues) => {
    const convenorOrganizationId = values.convenorOrganizationId ?? onlyOrganization;
    if (!convenorOrganizationId) {
      form.setFieldError('convenorOrganizationId', t('consultations.create.chooseConvenor'));
      return;
    }
    const input = createConsultationInput({ ...values, convenorOrganizationId }, timeZone);
    const result = await settleMutation(create({ variables: { input } }));
    const id = result?.data?.createConsultation.id;
    if (id) void navigate(`/consultations/${id}`);
  };

  return (
    <Stack maw={820}>
      <PageHeader title={t('consultations.create.title')} />
      <Text c="dimmed">{t('consultations.create.intro')}</Text>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          <ProblemAlert problem={problem} formFields={placedFields} />
          {organizations.length === 0 && <Text>{t('consultations.create.noOrganization')}</Text>}
          {organizations.length > 1 && (
            <Select
              label={t('consultations.create.convenor')}
              required
              data={organizations.map(({ organization }) => ({
                value: organization.id,
                label: organization.name,
              }))}
              {...inputProps('convenorOrganizationId')}
            />
          )}
          <TextInput
            label={t('consultations.create.consultationTitle')}
            required
            maxLength={CONSULTATION_LIMITS.titleMax}
            {...inputProps('title')}
          />
          <MarkdownField
            label={t('consultations.create.description')}
            required
            maxLength={CONSULTATION_LIMITS.descriptionMax}
            value={form.values.description}
            error={inputProps('description').error}
            onChange={(value) => form.setFieldValue('description', value)}
          />
          <QuestionsField
            value={form.values.questions}
            error={inputProps('questions').error}
            onChange={(questions) => form.setFieldValue('questions', questions)}
          />
          <Radio.Group
            label={t('consultations.create.attributionRule')}
            required
            {...inputProps('attributionRule')}
          >
            <Stack gap="xs" mt="xs">
              {Object.values(AttributionRule).map((rule) => (
                <Radio
                  key={rule}
                  value={rule}
                  label={t(`consultations.rule.${rule}`)}
                  description={t(`consultations.create.ruleHint.${rule}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <AttributionNotice rule={form.values.attributionRule} asConvenor />
          <Radio.Group
            label={t('consultations.create.briefVisibility')}
            required
            {...inputProps('briefVisibility')}
          >
            <Stack gap="xs" mt="xs">
              {Object.values(BriefVisibility).map((visibility) => (
                <Radio
                  key={visibility}
                  value={visibility}
                  label={t(`consultations.visibility.${visibility}`)}
                  description={t(`consultations.create.visibilityHint.${visibility}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Group grow wrap="wrap" align="flex-start">
            <TextInput
              type="datetime-local"
              label={t('consultations.create.opensAt', { zone: timeZone })}
              {...inputProps('opensAt')}
            />
            <TextInput
              type="datetime-local"
              label={t('consultations.create.closesAt', { zone: timeZone })}
              description={t('consultations.create.closesAtHint')}
              {...inputProps('closesAt')}
            />
          </Group>
          <TagsInput
            label={t('consultations.create.countryCodes')}
            description={t('consultations.create.countryCodesHint')}
            required
            maxTags={LIMITS.countryCodesMax}
            {...inputProps('countryCodes')}
          />
          <ElectionSelect
            label={t('consultations.create.election')}
            placeholder={t('consultations.create.noElection')}
            nothingFoundMessage={t('consultations.create.noElectionMatch')}
            clearable
            {...inputProps('electionId')}
          />
          <Group>
            <Button type="submit" loading={loading} disabled={organizations.length === 0}>
              {t('consultations.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
