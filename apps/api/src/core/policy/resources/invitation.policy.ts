import { type PolicySubject } from '../policy-subject.js';

/** An invitation is accepted only by the account it was sent to (e-mail, in any case). */
export type InvitationAction = 'invitation.accept';

export interface InvitationResource {
  kind: 'invitation';
  invitedEmail: string;
  /** The subject's own account e-mail. */
  subjectEmail: string;
}

export function invitationRule(
  _subject: PolicySubject,
  action: InvitationAction,
  resource: InvitationResource,
): boolean {
  switch (action) {
    case 'invitation.accept':
      return resource.invitedEmail.toLowerCase() === resource.subjectEmail.toLowerCase();
  }
}
