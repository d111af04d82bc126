import { CreateConsultations1764400000000 } from './1764400000000-create-consultations.js';
import { SearchBriefsInEveryLanguage1764800000000 } from './1764800000000-search-briefs-in-every-language.js';

/** The consultations feature's migrations, oldest first (registered in core/database/migrations/index.ts). */
export const CONSULTATION_MIGRATIONS = [
  CreateConsultations1764400000000,
  SearchBriefsInEveryLanguage1764800000000,
];
