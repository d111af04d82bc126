import { CONSULTATION_AUDIT_ACTIONS } from '@ecw/domain';
import { defineFeature } from '../core/feature/define-feature.js';
import { ConsultationsModule } from './consultations.module.js';
import { CONSULTATION_MESSAGES } from './consultations.messages.js';
import { CONSULTATION_MIGRATIONS } from './migrations/index.js';

/** Consultations and context briefs, with the Chatham House Rule applied in the output mappers. */
export const consultationsFeature = defineFeature({
  name: 'consultations',
  module: ConsultationsModule,
  messages: CONSULTATION_MESSAGES,
  auditActions: CONSULTATION_AUDIT_ACTIONS,
  // Under the Chatham House Rule a submission is announced with the anonymous kind, whose message
  // has no organisation placeholder at all.
  notificationKinds: {
    consultationInvited: { message: 'consultations.notification.consultationInvited' },
    consultationOutcomePublished: { message: 'consultations.notification.consultationOutcomePublished' },
    briefSubmitted: { message: 'consultations.notification.briefSubmitted' },
    briefSubmittedAnonymously: { message: 'consultations.notification.briefSubmittedAnonymously' },
    briefAcknowledged: { message: 'consultations.notification.briefAcknowledged' },
    briefResponded: { message: 'consultations.notification.briefResponded' },
    briefCommented: { message: 'consultations.notification.briefCommented' },
  },
  migrations: CONSULTATION_MIGRATIONS,
});
