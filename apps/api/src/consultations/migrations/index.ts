import { CreateConsultations17644000000000 } from './17644000000000-create-consultations.js';

/** The consultations feature's migrations, oldest first (registered in core/database/migrations/index.ts). */
export const CONSULTATION_MIGRATIONS = [CreateConsultations17644000000000];
