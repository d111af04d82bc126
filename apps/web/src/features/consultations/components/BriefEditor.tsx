import { useMutation } from '@apollo/client/react';
import { BriefStatus, BriefTopic, CONSULTATION_LIMITS, RiskLevel } from '@ecw/domain';
import {
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../../errors/ProblemAlert';
import { readGraphQLProblem, type GraphQLProblem } from '../../../errors/graphql-problem';
import { settleMutation } from '../../../errors/settle-mutation';
import type { ConsultationQuery } from '../../../gql/graphql';
import { PageHeader } from '../../../ui/PageHeader';
import { createBriefMutation } from '../graphql/create-brief.mutation';
import { submitBriefMutation } from '../graphql/submit-brief.mutation';
import { updateBriefMutation } from '../graphql/update-brief.mutation';
import {
  EMPTY_DRAFT,
  briefFields,
  isSavable,
  withOrganization,
  writableOrganizations,
  type BriefDraft,
} from '../model/brief-draft';
import { AttributionNotice } from './AttributionNotice';
import { MarkdownText } from './MarkdownText';

/** How long typing pauses before the draft is saved. */
const AUTOSAVE_AFTER_MS = 1_500;
const FIELDS = ['title', 'summary', 'body', 'topics', 'regions', 'languages', 'riskLevel'];

/** The server's message for one field (shown beside it; the alert lists the others). */
function fieldError(problem: GraphQLProblem | null, field: string): string | undefined {
  return problem?.fieldErrors.find((error) => error.field === field || error.field.startsWith(`${field}.`))
    ?.message;
}

/** A brief already saved, to carry on writing. */
export interface SavedBrief {
  id: string;
  status: BriefStatus;
  draft: BriefDraft;
}

interface BriefEditorProps {
  consultation: NonNullable<ConsultationQuery['consultation']>;
  /** Null for a new brief, created by the first autosave. */
  saved: SavedBrief | null;
}

/** A brief's structured fields, an answer per question, Markdown with a preview; saved while typing. */
export function BriefEditor({ consultation, saved }: BriefEditorProps) {
  const { t } = useTranslation('consultations');
  const navigate = useNavigate();
  const consultationId = consultation.id;
  const [draft, setDraft] = useState<BriefDraft>(saved?.draft ?? EMPTY_DRAFT);
  // A brief opened again is saved only once it changes: a submitted one would otherwise tell the
  // convenor it was updated when nothing was.
  const [touched, setTouched] = useState(false);
  const [briefId, setBriefId] = useState<string | null>(saved?.id ?? null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [preview, setPreview] = useState<'write' | 'preview'>('write');
  const [create, creating] = useMutation(createBriefMutation);
  const [update, updating] = useMutation(updateBriefMutation);
  const [submit, submitting] = useMutation(submitBriefMutation);
  const saving = useRef(false);
  const organizations = writableOrganizations(consultation.participants);
  const onlyOrganization = organizations.length === 1 ? organizations[0]?.id : undefined;
  const submitted = saved !== null && saved.status !== BriefStatus.DRAFT;

  // With one organisation to write for, it is chosen without asking.
  const current = withOrganization(draft, onlyOrganization);

  useEffect(() => {
    const current = withOrganization(draft, onlyOrganization);
    if (!touched || !isSavable(current)) return;
    const timer = setTimeout(() => {
      if (saving.current) return;
      saving.current = true;
      const save = briefId
        ? update({ variables: { input: { id: briefId, ...briefFields(current) } } })
        : create({
            variables: {
              input: { consultationId, organizationId: current.organizationId, ...briefFields(current) },
            },
          }).then((result) => setBriefId(result.data?.createBrief.id ?? null));
      save
        .then(() => setSavedAt(new Date()))
        .catch(() => undefined) // shown through the mutation's error state
        .finally(() => {
          saving.current = false;
        });
    }, AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, touched, onlyOrganization, briefId, consultationId, create, update]);

  const problem = readGraphQLProblem(creating.error ?? updating.error ?? submitting.error);
  const change = <K extends keyof BriefDraft>(key: K, value: BriefDraft[K]) => {
    setTouched(true);
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const briefPath = `/consultations/${consultationId}/briefs/${briefId ?? ''}`;
  const sendSubmit = async () => {
    if (!briefId) return;
    const updated = await settleMutation(
      update({ variables: { input: { id: briefId, ...briefFields(current) } } }),
    );
    if (!updated || !(await settleMutation(submit({ variables: { id: briefId } })))) return;
    void navigate(briefPath);
  };
  const saveState = submitted
    ? savedAt
      ? t('consultations.editor.changesSaved')
      : t('consultations.editor.changesHint')
    : savedAt || saved
      ? t('consultations.editor.saved')
      : t('consultations.editor.notSaved');

  return (
    <Stack>
      <PageHeader title={saved ? t('consultations.editor.editTitle') : t('consultations.editor.title')} />
      <Text c="dimmed">{consultation.title}</Text>
      <AttributionNotice rule={consultation.attributionRule} />
      <ProblemAlert problem={problem} formFields={FIELDS} />
      {organizations.length > 1 && (
        <Select
          label={t('consultations.editor.organization')}
          data={organizations.map((organization) => ({ value: organization.id, label: organization.name }))}
          value={current.organizationId || null}
          onChange={(value) => change('organizationId', value ?? '')}
          disabled={briefId !== null}
        />
      )}
      <TextInput
        label={t('consultations.editor.briefTitle')}
        required
        maxLength={CONSULTATION_LIMITS.briefTitleMax}
        value={draft.title}
        error={fieldError(problem, 'title')}
        onChange={(event) => change('title', event.currentTarget.value)}
      />
      <Textarea
        label={t('consultations.editor.summary')}
        required
        autosize
        minRows={2}
        maxLength={CONSULTATION_LIMITS.briefSummaryMax}
        value={draft.summary}
        error={fieldError(problem, 'summary')}
        onChange={(event) => change('summary', event.currentTarget.value)}
      />
      <MultiSelect
        label={t('consultations.editor.topics')}
        required
        data={Object.values(BriefTopic).map((topic) => ({
          value: topic,
          label: t(`consultations.topic.${topic}`),
        }))}
        value={draft.topics}
        error={fieldError(problem, 'topics')}
        onChange={(values) =>
          change(
            'topics',
            Object.values(BriefTopic).filter((topic) => values.includes(topic)),
          )
        }
      />
      <Select
        label={t('consultations.editor.risk')}
        data={Object.values(RiskLevel).map((risk) => ({
          value: risk,
          label: t(`consultations.risk.${risk}`),
        }))}
        value={draft.riskLevel}
        allowDeselect={false}
        onChange={(value) =>
          change('riskLevel', Object.values(RiskLevel).find((risk) => risk === value) ?? RiskLevel.MEDIUM)
        }
      />
      <TagsInput
        label={t('consultations.editor.regions')}
        maxTags={CONSULTATION_LIMITS.regionsMax}
        value={draft.regions}
        error={fieldError(problem, 'regions')}
        onChange={(values) => change('regions', values)}
      />
      <TagsInput
        label={t('consultations.editor.languages')}
        description={t('consultations.editor.languagesHint')}
        maxTags={CONSULTATION_LIMITS.languagesMax}
        value={draft.languages}
        error={fieldError(problem, 'languages')}
        onChange={(values) => change('languages', values)}
      />
      <SegmentedControl
        value={preview}
        onChange={(value) => setPreview(value === 'preview' ? 'preview' : 'write')}
        data={[
          { value: 'write', label: t('consultations.editor.write') },
          { value: 'preview', label: t('consultations.editor.preview') },
        ]}
      />
      {preview === 'write' ? (
        <Textarea
          label={t('consultations.editor.body')}
          required
          autosize
          minRows={8}
          maxLength={CONSULTATION_LIMITS.briefBodyMax}
          value={draft.body}
          error={fieldError(problem, 'body')}
          onChange={(event) => change('body', event.currentTarget.value)}
        />
      ) : (
        <MarkdownText markdown={draft.body} />
      )}
      {consultation.questions.map((question) => (
        <Textarea
          key={question.id}
          label={question.prompt}
          autosize
          minRows={2}
          maxLength={CONSULTATION_LIMITS.answerMax}
          value={draft.answers[question.id] ?? ''}
          onChange={(event) =>
            change('answers', { ...draft.answers, [question.id]: event.currentTarget.value })
          }
        />
      ))}
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {saveState}
        </Text>
        {submitted ? (
          <Button component={Link} to={briefPath} variant="default">
            {t('consultations.editor.backToBrief')}
          </Button>
        ) : (
          <Button
            disabled={!briefId || !consultation.viewerCanSubmit}
            loading={submitting.loading}
            onClick={() => void sendSubmit()}
          >
            {t('consultations.editor.submit')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
