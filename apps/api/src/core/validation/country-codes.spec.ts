import countries from 'i18n-iso-countries';
import { ALPHA2_COUNTRY_CODES } from './country-codes.js';

describe('ALPHA2_COUNTRY_CODES', () => {
  it('is the code list of the installed i18n-iso-countries', () => {
    expect([...ALPHA2_COUNTRY_CODES].sort()).toEqual(Object.keys(countries.getAlpha2Codes()).sort());
  });
});
