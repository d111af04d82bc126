import StarterKit from '@tiptap/starter-kit';

/**
 * What a section's text may contain: StarterKit's nodes and marks, less what the server's Markdown
 * (apps/api reviews/markdown) cannot write. Markdown has no underline, so an underline would be
 * dropped from exports and left out of the content hash a sign-off covers: nobody can type one.
 */
export const sectionTextKit = StarterKit.configure({
  // Yjs keeps the undo history (per client); ProseMirror's own would undo others' edits.
  undoRedo: false,
  underline: false,
  link: { openOnClick: false },
});
