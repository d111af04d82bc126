/** The link an invited person opens to join; built here because the API only returns the token. The token goes in the fragment, which browsers never send to a server. */
export function invitationAcceptLink(acceptToken: string, origin = window.location.origin): string {
  return `${origin}/invitations/accept#token=${encodeURIComponent(acceptToken)}`;
}
