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
import { useLeaveWarning } from '../../../ui/useLeaveWarning';
import { useSaveQueue } from '../hooks/useSaveQueue';
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

/** What the line beside the buttons says: never "saved" while newer content is not. */
function saveStateKey(state: {
  submitted: boolean;
  unsaved: boolean;
  saving: boolean;
  savable: boolean;
  exists: boolean;
  savedHere: boolean;
}): 'saving' | 'unsavedChanges' | 'unsaved' | 'notSaved' | 'changesSaved' | 'changesHint' | 'saved' {
  if (state.unsaved) {
    if (state.saving) return 'saving';
    if (state.submitted) return 'unsavedChanges';
    return state.savable ? 'unsaved' : 'notSaved';
  }
  if (state.submitted) return state.savedHere ? 'changesSaved' : 'changesHint';
  return state.exists ? 'saved' : 'notSaved';
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

/**
 * A brief's structured fields, an answer per question, Markdown with a preview. A draft is saved while
 * typing; a submitted brief when the writer saves its changes.
 */
export function BriefEditor({ consultation, saved }: BriefEditorProps) {
  const { t } = useTranslation('consultations');
  const navigate = useNavigate();
  const consultationId = consultation.id;
  // The content as opened: what the server already has, so nothing is saved until it changes (a
  // submitted brief would otherwise tell the convenor it was updated when nothing was).
  const [opened] = useState<BriefDraft>(() => saved?.draft ?? EMPTY_DRAFT);
  const [draft, setDraft] = useState<BriefDraft>(opened);
  const [briefId, setBriefId] = useState<string | null>(saved?.id ?? null);
  // Read by a save queued behind the one that creates the brief, before React renders the new id.
  const createdId = useRef<string | null>(saved?.id ?? null);
  const [preview, setPreview] = useState<'write' | 'preview'>('write');
  const [create, creating] = useMutation(createBriefMutation);
  const [update, updating] = useMutation(updateBriefMutation);
  const [submit, submitting] = useMutation(submitBriefMutation);
  const organizations = writableOrganizations(consultation.participants);
  const onlyOrganization = organizations.length === 1 ? organizations[0]?.id : undefined;
  const submitted = saved !== null && saved.status !== BriefStatus.DRAFT;

  // With one organisation to write for, it is chosen without asking.
  const current = withOrganization(draft, onlyOrganization);
  const savable = isSavable(current);

  const persist = async (content: BriefDraft): Promise<boolean> => {
    const fields = withOrganization(content, onlyOrganization);
    const id = createdId.current;
    if (id) {
      return (
        (await settleMutation(update({ variables: { input: { id, ...briefFields(fields) } } }))) !== null
      );
    }
    const created = await settleMutation(
      create({
        variables: {
          input: { consultationId, organizationId: fields.organizationId, ...briefFields(fields) },
        },
      }),
    );
    const newId = created?.data?.createBrief.id;
    if (!newId) return false;
    createdId.current = newId;
    setBriefId(newId);
    return true;
  };
  const { save, saving, saved: lastSave } = useSaveQueue(persist);
  const unsaved = draft !== (lastSave?.content ?? opened);
  useLeaveWarning(unsaved);

  // Only drafts save while typing: each save of a submitted brief reaches the convenor as an update,
  // so those wait for "Save changes".
  useEffect(() => {
    if (submitted || !unsaved || !savable) return;
    const timer = setTimeout(() => void save(draft), AUTOSAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, submitted, unsaved, savable, save]);

  const problem = readGraphQLProblem(creating.error ?? updating.error ?? submitting.error);
  const change = <K extends keyof BriefDraft>(key: K, value: BriefDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const briefPath = `/consultations/${consultationId}/briefs/${briefId ?? ''}`;
  const sendSubmit = async () => {
    if (!briefId) return;
    if (!(await save(draft)) || !(await settleMutation(submit({ variables: { id: briefId } })))) return;
    void navigate(briefPath);
  };
  const saveState = saveStateKey({
    submitted,
    unsaved,
    saving,
    savable,
    exists: briefId !== null,
    savedHere: lastSave !== null,
  });

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
          {t(`consultations.editor.${saveState}`)}
        </Text>
        {submitted ? (
          <Group>
            <Button component={Link} to={briefPath} variant="default">
              {t('consultations.editor.backToBrief')}
            </Button>
            <Button disabled={!unsaved || !savable} loading={saving} onClick={() => void save(draft)}>
              {t('consultations.editor.saveChanges')}
            </Button>
          </Group>
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
