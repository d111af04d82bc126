import { Box, Text } from '@mantine/core';
import { diffLines } from 'diff';
import { useTranslation } from 'react-i18next';

/**
 * Each line of a change as its own block, with its own direction (`dir="auto"`): a report mixes
 * Arabic and English paragraphs, and one direction for the whole diff would put an Arabic line's
 * full stop at its start. Each block keeps its line's newline, so the text copies as it was.
 */
function Lines({ text }: { text: string }) {
  return (
    <>
      {text.split(/(?<=\n)/).map((line, index) => (
        <Box key={index} component="span" display="block" dir="auto">
          {line}
        </Box>
      ))}
    </>
  );
}

/**
 * Line by line, what changed from one version's Markdown to another's: removed lines struck
 * through in `del`, added ones in `ins`, so the change is announced, not only coloured.
 */
export function VersionDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation('reviews');
  const changes = diffLines(before, after);
  if (changes.every((change) => !change.added && !change.removed)) {
    return <Text size="sm">{t('reviews.versions.same')}</Text>;
  }
  return (
    <Box
      component="pre"
      data-testid="version-diff"
      style={{ whiteSpace: 'pre-wrap', fontSize: 'var(--mantine-font-size-sm)', margin: 0 }}
    >
      {changes.map((change, index) => {
        const key = `${index}-${change.count}`;
        if (change.added) {
          return (
            <Box
              key={key}
              component="ins"
              display="block"
              bg="teal.0"
              c="teal.9"
              style={{ textDecoration: 'none' }}
            >
              <Lines text={change.value} />
            </Box>
          );
        }
        if (change.removed) {
          return (
            <Box key={key} component="del" display="block" bg="red.0" c="red.9">
              <Lines text={change.value} />
            </Box>
          );
        }
        return <Lines key={key} text={change.value} />;
      })}
    </Box>
  );
}
