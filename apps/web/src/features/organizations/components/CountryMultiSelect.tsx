import { LIMITS } from '@ecw/domain';
import { MultiSelect } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useCountryNames } from '../hooks/useCountryNames';

/** The organisation's countries, fed by a form's `inputProps('countryCodes')`. */
export function CountryMultiSelect(inputProps: GetInputPropsReturnType) {
  const { t } = useTranslation('organizations');
  const { options } = useCountryNames();
  return (
    <MultiSelect
      {...inputProps}
      label={t('organizations.fields.countries')}
      description={t('organizations.fields.countriesHint')}
      data={options}
      searchable
      clearable
      maxValues={LIMITS.countryCodesMax}
      nothingFoundMessage={t('organizations.fields.noCountry')}
    />
  );
}
