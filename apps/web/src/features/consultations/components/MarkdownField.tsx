import type { ReactNode } from 'react';
import { SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkdownText } from './MarkdownText';

interface MarkdownFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
  maxLength: number;
  minRows?: number;
  required?: boolean;
}

/** Markdown typed as text, with a preview rendered by the same safe renderer as the page that shows it. */
export function MarkdownField({
  label,
  value,
  onChange,
  error,
  maxLength,
  minRows = 6,
  required,
}: MarkdownFieldProps) {
  const { t } = useTranslation('consultations');
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  return (
    <Stack gap="xs">
      <SegmentedControl
        value={mode}
        onChange={(next) => setMode(next === 'preview' ? 'preview' : 'write')}
        aria-label={t('consultations.markdown.mode', { field: label })}
        data={[
          { value: 'write', label: t('consultations.editor.write') },
          { value: 'preview', label: t('consultations.editor.preview') },
        ]}
        w="fit-content"
      />
      {mode === 'write' ? (
        <Textarea
          label={label}
          required={required}
          autosize
          minRows={minRows}
          maxLength={maxLength}
          value={value}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      ) : (
        <MarkdownText markdown={value} />
      )}
    </Stack>
  );
}
