import type { ReactNode } from 'react';
import { CONSULTATION_LIMITS } from '@ecw/domain';
import { ActionIcon, Button, Group, Input, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { moveQuestion } from '../model/consultation-form';

interface QuestionsFieldProps {
  value: string[];
  onChange: (questions: string[]) => void;
  error?: ReactNode;
}

/** The convenor's questions, in the order participants will answer them. */
export function QuestionsField({ value, onChange, error }: QuestionsFieldProps) {
  const { t } = useTranslation('consultations');
  const replace = (index: number, text: string) =>
    onChange(value.map((question, at) => (at === index ? text : question)));
  return (
    <Input.Wrapper
      label={t('consultations.create.questions')}
      description={t('consultations.create.questionsHint')}
      error={error}
    >
      <Stack component="ol" gap="xs" p={0} m={0} mt="xs" style={{ listStyle: 'none' }}>
        {value.map((question, index) => (
          <Group component="li" key={index} align="flex-start" wrap="nowrap">
            <Textarea
              style={{ flex: 1 }}
              autosize
              minRows={1}
              maxLength={CONSULTATION_LIMITS.questionMax}
              aria-label={t('consultations.create.question', { number: index + 1 })}
              value={question}
              onChange={(event) => replace(index, event.currentTarget.value)}
            />
            <ActionIcon.Group>
              <ActionIcon
                variant="default"
                size="lg"
                disabled={index === 0}
                aria-label={t('consultations.create.moveUp', { number: index + 1 })}
                onClick={() => onChange(moveQuestion(value, index, -1))}
              >
                <span aria-hidden="true">↑</span>
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                disabled={index === value.length - 1}
                aria-label={t('consultations.create.moveDown', { number: index + 1 })}
                onClick={() => onChange(moveQuestion(value, index, 1))}
              >
                <span aria-hidden="true">↓</span>
              </ActionIcon>
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('consultations.create.removeQuestion', { number: index + 1 })}
                onClick={() => onChange(value.filter((_, at) => at !== index))}
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </ActionIcon.Group>
          </Group>
        ))}
      </Stack>
      <Button
        mt="xs"
        variant="default"
        disabled={value.length >= CONSULTATION_LIMITS.questionsMax}
        onClick={() => onChange([...value, ''])}
      >
        {t('consultations.create.addQuestion')}
      </Button>
    </Input.Wrapper>
  );
}
