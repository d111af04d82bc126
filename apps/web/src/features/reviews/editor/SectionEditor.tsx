import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Box } from '@mantine/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorToolbar } from './EditorToolbar';
import type { PresenceUser } from './presence';
import { sectionTextKit } from './section-text-kit';

interface SectionEditorProps {
  provider: HocuspocusProvider;
  sectionId: string;
  sectionTitle: string;
  user: PresenceUser;
  editable: boolean;
}

/**
 * One section's rich text: the Yjs fragment named by the section's id in the report's document,
 * with Tiptap's default node names so any Yjs client (and the server's Markdown) reads it.
 */
export function SectionEditor({ provider, sectionId, sectionTitle, user, editable }: SectionEditorProps) {
  const { t, i18n } = useTranslation('reviews');
  const editor = useEditor(
    {
      immediatelyRender: true,
      editable,
      extensions: [
        sectionTextKit,
        Collaboration.configure({ document: provider.document, field: sectionId }),
        CollaborationCaret.configure({ provider, user }),
      ],
      editorProps: {
        attributes: {
          // The page's direction for empty text; each block then takes its own direction from its
          // first strong character (editor.css: unicode-bidi: plaintext), like dir="auto" per
          // paragraph, without writing a `dir` attribute into the shared document.
          dir: i18n.dir(),
          'aria-label': t('reviews.editor.content', { section: sectionTitle }),
          'aria-multiline': 'true',
          role: 'textbox',
          'data-section-id': sectionId,
        },
      },
      onFocus: () => provider.setAwarenessField('section', sectionId),
    },
    [provider, sectionId, i18n.language],
  );

  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);

  return (
    <Box className="review-section-editor">
      {editable && <EditorToolbar editor={editor} sectionTitle={sectionTitle} />}
      <EditorContent editor={editor} />
    </Box>
  );
}
