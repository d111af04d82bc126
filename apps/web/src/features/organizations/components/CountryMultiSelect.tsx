import { LIMITS } from '@ecw/domain';
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountryNames } from '../hooks/useCountryNames';

interface CountryMultiSelectProps {
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}

export function CountryMultiSelect({ value, onChange, error }: CountryMultiSelectProps) {
  const { t } = useTranslation('organizations');
  const { options } = useCountryNames();
  return (
    <MultiSelect
      label={t('organizations.fields.countries')}
      description={t('organizations.fields.countriesHint')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      maxValues={LIMITS.countryCodesMax}
      nothingFoundMessage={t('organizations.fields.noCountry')}
      error={error}
    />
  );
}
