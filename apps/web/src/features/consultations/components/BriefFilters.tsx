import { BriefStatus, BriefTopic, CONSULTATION_LIMITS, LIMITS, RiskLevel } from '@ecw/domain';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_BRIEF_FILTER, enumMember, type BriefFilter } from '../hooks/useBriefFilter';

interface BriefFiltersProps {
  filter: BriefFilter;
  onChange: (filter: BriefFilter) => void;
}

type TypedFields = Pick<BriefFilter, 'search' | 'region' | 'language'>;

const TYPING_DELAY_MS = 300;

/** Search and narrow a consultation's briefs; every control maps to one field of the API's filter. */
export function BriefFilters({ filter, onChange }: BriefFiltersProps) {
  const { t } = useTranslation('consultations');
  // Typed fields update at once; the query waits until typing pauses.
  const [typed, setTyped] = useState<TypedFields>({
    search: filter.search,
    region: filter.region,
    language: filter.language,
  });
  const commitTyped = useDebouncedCallback(
    (next: TypedFields) => onChange({ ...filter, ...next }),
    TYPING_DELAY_MS,
  );
  const type = (field: keyof TypedFields, value: string) => {
    const next = { ...typed, [field]: value };
    setTyped(next);
    commitTyped(next);
  };
  // Selects commit at once, carrying whatever is typed so a pending keystroke is not lost.
  const choose = (next: Partial<BriefFilter>) => {
    commitTyped.cancel();
    onChange({ ...filter, ...typed, ...next });
  };
  const clear = () => {
    commitTyped.cancel();
    setTyped({ search: '', region: '', language: '' });
    onChange(NO_BRIEF_FILTER);
  };
  const narrowed =
    Object.values(typed).some((value) => value.trim() !== '') ||
    filter.status !== null ||
    filter.topic !== null ||
    filter.riskLevel !== null;

  return (
    <Group align="flex-end" wrap="wrap" gap="md" role="search" aria-label={t('consultations.filters.label')}>
      <TextInput
        label={t('consultations.page.search')}
        type="search"
        value={typed.search}
        maxLength={LIMITS.searchMax}
        onChange={(event) => type('search', event.currentTarget.value)}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('consultations.filters.status')}
        placeholder={t('consultations.filters.any')}
        data={Object.values(BriefStatus).map((value) => ({
          value,
          label: t(`consultations.briefStatus.${value}`),
        }))}
        value={filter.status}
        onChange={(value) => choose({ status: enumMember(BriefStatus, value) })}
        clearable
        w={{ base: '100%', sm: 180 }}
      />
      <Select
        label={t('consultations.filters.topic')}
        placeholder={t('consultations.filters.any')}
        data={Object.values(BriefTopic).map((value) => ({ value, label: t(`consultations.topic.${value}`) }))}
        value={filter.topic}
        onChange={(value) => choose({ topic: enumMember(BriefTopic, value) })}
        clearable
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('consultations.filters.riskLevel')}
        placeholder={t('consultations.filters.any')}
        data={Object.values(RiskLevel).map((value) => ({ value, label: t(`consultations.risk.${value}`) }))}
        value={filter.riskLevel}
        onChange={(value) => choose({ riskLevel: enumMember(RiskLevel, value) })}
        clearable
        w={{ base: '100%', sm: 180 }}
      />
      <TextInput
        label={t('consultations.filters.region')}
        description={t('consultations.filters.regionHint')}
        value={typed.region}
        maxLength={CONSULTATION_LIMITS.regionMax}
        onChange={(event) => type('region', event.currentTarget.value)}
        w={{ base: '100%', sm: 200 }}
      />
      <TextInput
        label={t('consultations.filters.language')}
        description={t('consultations.filters.languageHint')}
        value={typed.language}
        maxLength={CONSULTATION_LIMITS.languageMax}
        onChange={(event) => type('language', event.currentTarget.value)}
        w={{ base: '100%', sm: 160 }}
      />
      <Button variant="subtle" onClick={clear} disabled={!narrowed}>
        {t('consultations.filters.clear')}
      </Button>
    </Group>
  );
}
