/** The link an invited person opens to join; built here because the API only returns the token. */
export function invitationAcceptLink(acceptToken: string, origin = window.location.origin): string {
  return `${origin}/invitations/accept?token=${encodeURIComponent(acceptToken)}`;
}
