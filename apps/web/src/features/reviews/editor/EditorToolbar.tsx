import { ActionIcon, Group, VisuallyHidden } from '@mantine/core';
import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

type Mark = 'bold' | 'italic' | 'strike';
type Block = 'heading' | 'bulletList' | 'orderedList' | 'blockquote';
type Tool = Mark | Block;

const TOOLS: readonly Tool[] = [
  'bold',
  'italic',
  'strike',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
];

function toggle(editor: Editor, tool: Tool): void {
  const chain = editor.chain().focus();
  const commands = {
    bold: () => chain.toggleBold(),
    italic: () => chain.toggleItalic(),
    strike: () => chain.toggleStrike(),
    heading: () => chain.toggleHeading({ level: 3 }),
    bulletList: () => chain.toggleBulletList(),
    orderedList: () => chain.toggleOrderedList(),
    blockquote: () => chain.toggleBlockquote(),
  } satisfies Record<Tool, () => unknown>;
  commands[tool]().run();
}

/** Formatting buttons for one section's editor; each says whether it applies where the caret is. */
export function EditorToolbar({ editor, sectionTitle }: { editor: Editor; sectionTitle: string }) {
  const { t } = useTranslation('reviews');
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      Object.fromEntries(TOOLS.map((tool) => [tool, current.isActive(tool)])) as Record<Tool, boolean>,
  });
  return (
    <Group
      gap={4}
      role="toolbar"
      aria-label={t('reviews.editor.toolbar', { section: sectionTitle })}
      data-testid="editor-toolbar"
    >
      {TOOLS.map((tool) => (
        <ActionIcon
          key={tool}
          variant={active[tool] ? 'filled' : 'default'}
          title={t(`reviews.editor.${tool}`)}
          aria-pressed={active[tool]}
          // Keep the caret in the text: the button acts on the editor's selection.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => toggle(editor, tool)}
        >
          {/* The glyph is for the eye; the name is spoken, so a glyph like "1" never contradicts it. */}
          <span aria-hidden="true">{t(`reviews.editor.glyph.${tool}`)}</span>
          <VisuallyHidden>{t(`reviews.editor.${tool}`)}</VisuallyHidden>
        </ActionIcon>
      ))}
    </Group>
  );
}
