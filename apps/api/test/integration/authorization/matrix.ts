import { type Matrix } from './case.js';
import { accountCases } from './cases/account.cases.js';
import { apiTokenCases } from './cases/api-token.cases.js';
import { consultationCases } from './cases/consultation.cases.js';
import { contactPointCases } from './cases/contact-point.cases.js';
import { emailChangeCases } from './cases/email-change.cases.js';
import { emailConfirmationCases } from './cases/email-confirmation.cases.js';
import { electionCases } from './cases/election.cases.js';
import { membershipCases } from './cases/membership.cases.js';
import { notificationCases } from './cases/notification.cases.js';
import { organizationCases } from './cases/organization.cases.js';
import { passwordResetCases } from './cases/password-reset.cases.js';
import { relationshipCases } from './cases/relationship.cases.js';
import { reviewReportCases } from './cases/review-report.cases.js';
import { secondFactorCases } from './cases/second-factor.cases.js';
import { sudoCases } from './cases/sudo.cases.js';

/**
 * Who may run each root field of the API, and who may not: every root field of the live schema
 * needs an entry here with at least one allowed and one refused case (authorization-matrix.spec.ts
 * fails otherwise). Cases are grouped by feature in ./cases.
 */
export const MATRIX: Matrix = merge(
  accountCases,
  apiTokenCases,
  secondFactorCases,
  passwordResetCases,
  organizationCases,
  membershipCases,
  notificationCases,
  consultationCases,
  emailConfirmationCases,
  emailChangeCases,
  sudoCases,
  electionCases,
  relationshipCases,
  contactPointCases,
  reviewReportCases,
);

/** One entry per field: a field with cases in two files would otherwise silently lose some. */
function merge(...groups: Matrix[]): Matrix {
  const matrix: Matrix = {};
  for (const group of groups) {
    for (const [field, cases] of Object.entries(group)) {
      if (matrix[field]) throw new Error(`${field} has cases in two files of ./cases`);
      matrix[field] = cases;
    }
  }
  return matrix;
}
