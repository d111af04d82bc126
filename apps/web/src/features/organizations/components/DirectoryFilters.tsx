import { LIMITS } from '@ecw/domain';
import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryNames } from '../hooks/useCountryNames';
import type { DirectoryFilter } from '../hooks/useDirectoryFilter';
import { useKindOptions } from '../hooks/useKindOptions';

interface DirectoryFiltersProps {
  filter: DirectoryFilter;
  onChange: (filter: DirectoryFilter) => void;
}

const SEARCH_DELAY_MS = 300;

export function DirectoryFilters({ filter, onChange }: DirectoryFiltersProps) {
  const { t } = useTranslation('organizations');
  const kindOptions = useKindOptions();
  const { options: countryOptions } = useCountryNames();
  // The field updates at once; the query waits until typing pauses.
  const [search, setSearch] = useState(filter.search);
  const commitSearch = useDebouncedCallback(
    (value: string) => onChange({ ...filter, search: value }),
    SEARCH_DELAY_MS,
  );

  return (
    <Group
      align="flex-end"
      wrap="wrap"
      gap="md"
      role="search"
      aria-label={t('organizations.directory.filtersLabel')}
    >
      <TextInput
        label={t('organizations.directory.search')}
        type="search"
        value={search}
        maxLength={LIMITS.searchMax}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        w={{ base: '100%', sm: 260 }}
      />
      <Select
        label={t('organizations.directory.kind')}
        placeholder={t('organizations.directory.allKinds')}
        data={kindOptions}
        value={filter.kind}
        onChange={(value) =>
          onChange({ ...filter, kind: kindOptions.find((option) => option.value === value)?.value ?? null })
        }
        clearable
        w={{ base: '100%', sm: 240 }}
      />
      <Select
        label={t('organizations.directory.country')}
        placeholder={t('organizations.directory.allCountries')}
        data={countryOptions}
        value={filter.countryCode}
        onChange={(value) => onChange({ ...filter, countryCode: value })}
        searchable
        clearable
        nothingFoundMessage={t('organizations.fields.noCountry')}
        w={{ base: '100%', sm: 240 }}
      />
    </Group>
  );
}
