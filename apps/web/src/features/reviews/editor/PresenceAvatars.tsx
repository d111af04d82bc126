import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Presence } from './presence';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

/** Who has the report open, in their caret colour, and in which section they are writing. */
export function PresenceAvatars({
  people,
  sectionTitles,
}: {
  people: readonly Presence[];
  sectionTitles: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('reviews');
  const describe = (person: Presence) => {
    const name = person.self ? t('reviews.editor.you', { name: person.name }) : person.name;
    const section = person.sectionId ? sectionTitles.get(person.sectionId) : undefined;
    return section
      ? t('reviews.editor.inSection', { name, section })
      : t('reviews.editor.elsewhere', { name });
  };
  return (
    <Group gap="sm" component="section" aria-labelledby="review-presence-title">
      <Text id="review-presence-title" size="sm" c="dimmed">
        {t('reviews.editor.presence')}
      </Text>
      <Avatar.Group component="ul" m={0} p={0} ps="sm" style={{ listStyle: 'none' }}>
        {people.map((person) => (
          <Tooltip key={person.id} label={describe(person)} withArrow>
            <Avatar
              component="li"
              radius="xl"
              size="md"
              variant="filled"
              color={person.color}
              aria-label={describe(person)}
              data-testid="presence-avatar"
            >
              {initials(person.name)}
            </Avatar>
          </Tooltip>
        ))}
      </Avatar.Group>
    </Group>
  );
}
