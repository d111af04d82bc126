import { Alert, Card, Group, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../components/SectionHeading';
import './editor.css';
import { PresenceAvatars } from './PresenceAvatars';
import type { PresenceUser } from './presence';
import type { CloseNotice } from './review-session';
import { SaveIndicator } from './SaveIndicator';
import { saveStateOf } from './save-state';
import { SectionEditor } from './SectionEditor';
import { usePresence } from './usePresence';
import { useLeaveWarning } from '../../../ui/useLeaveWarning';
import { useReviewProvider } from './useReviewProvider';

export interface EditableSection {
  id: string;
  title: string;
  leadOrganization: { name: string } | null;
}

// Gray for a change of rights (the editor follows it), red where a change was lost.
const NOTICE_COLOURS: Record<CloseNotice, string> = {
  published: 'gray',
  accessChanged: 'gray',
  updateTooLarge: 'red',
  documentTooLarge: 'red',
  tooFast: 'yellow',
  interrupted: 'yellow',
};

const NOTICE_SAYS_DISCARDED: ReadonlySet<CloseNotice> = new Set(['updateTooLarge', 'documentTooLarge']);

interface ReportEditorProps {
  collabDocument: string;
  sections: readonly EditableSection[];
  user: PresenceUser;
  /** Published: the text is final for everyone, which is why the editor is read-only. */
  published: boolean;
}

/**
 * The co-edited text of a report: one connection to its document, one editor per section,
 * who else is here, and whether the last edits are stored. Loaded lazily (its own chunk), so
 * Tiptap and ProseMirror weigh nothing on the rest of the app.
 */
export default function ReportEditor({ collabDocument, sections, user, published }: ReportEditorProps) {
  const { t } = useTranslation('reviews');
  const connection = useReviewProvider(collabDocument, user);
  const people = usePresence(connection.provider);
  const sectionTitles = useMemo(() => new Map(sections.map((s) => [s.id, s.title])), [sections]);
  const { provider, notice } = connection;
  useLeaveWarning(connection.unsynced > 0);

  if (connection.refused) {
    return <Alert color="red">{t('reviews.editor.refused')}</Alert>;
  }
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <PresenceAvatars people={people} sectionTitles={sectionTitles} />
        <SaveIndicator state={saveStateOf(connection)} />
      </Group>
      {notice && (
        <Alert color={NOTICE_COLOURS[notice]} data-testid="review-editor-notice">
          {t(`reviews.editor.closed.${notice}`)}
          {/* The size notices already say the last change was not saved. */}
          {connection.discarded &&
            !NOTICE_SAYS_DISCARDED.has(notice) &&
            ` ${t('reviews.editor.closed.discarded')}`}
        </Alert>
      )}
      {/* Read only, said once and with its reason: the publication notice already says it. */}
      {connection.writable === false && notice !== 'published' && (
        <Alert color="gray">
          {t(published ? 'reviews.editor.closed.published' : 'reviews.editor.readOnly')}
        </Alert>
      )}
      {sections.map((section) => (
        <Card key={section.id} withBorder component="section" aria-labelledby={`section-${section.id}`}>
          <Stack gap="xs">
            <SectionHeading {...section} />
            {provider && (
              <SectionEditor
                provider={provider}
                sectionId={section.id}
                sectionTitle={section.title}
                user={user}
                editable={connection.writable === true}
              />
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
