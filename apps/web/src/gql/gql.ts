/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input)\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SendEmailConfirmation {\n    sendEmailConfirmation\n  }\n": typeof types.SendEmailConfirmationDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query UnreadNotificationIds($first: Int) {\n    notifications(unreadOnly: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnreadNotificationIdsDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.AcceptReceivedInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          countryCodes\n          verified\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDirectoryDocument,
    "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  query ReceivedInvitations {\n    receivedInvitations(first: 100) {\n      id\n      organizationName\n      role\n      expiresAt\n    }\n  }\n": typeof types.ReceivedInvitationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      countryCodes\n      website\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n      readOnly\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n        readOnly\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      emailConfirmed\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input)\n  }\n": types.ConfirmEmailDocument,
    "\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n": types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SendEmailConfirmation {\n    sendEmailConfirmation\n  }\n": types.SendEmailConfirmationDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrollmentDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query UnreadNotificationIds($first: Int) {\n    notifications(unreadOnly: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.UnreadNotificationIdsDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n": types.AcceptReceivedInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          countryCodes\n          verified\n        }\n      }\n    }\n  }\n": types.OrganizationDirectoryDocument,
    "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationMembersDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n": types.OrganizationDocument,
    "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  query ReceivedInvitations {\n    receivedInvitations(first: 100) {\n      id\n      organizationName\n      role\n      expiresAt\n    }\n  }\n": types.ReceivedInvitationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      countryCodes\n      website\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n      readOnly\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n        readOnly\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      emailConfirmed\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEmailConfirmation {\n    sendEmailConfirmation\n  }\n"): (typeof documents)["\n  mutation SendEmailConfirmation {\n    sendEmailConfirmation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n"): (typeof documents)["\n  query Sessions {\n    sessions {\n      id\n      createdAt\n      lastSeenAt\n      expiresAt\n      userAgent\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      message\n      link\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          message\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationIds($first: Int) {\n    notifications(unreadOnly: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationIds($first: Int) {\n    notifications(unreadOnly: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          countryCodes\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          countryCodes\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            role\n            createdAt\n            user {\n              id\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      countryCodes\n      website\n      verified\n      createdAt\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      email\n      role\n      expiresAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivedInvitations {\n    receivedInvitations(first: 100) {\n      id\n      organizationName\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ReceivedInvitations {\n    receivedInvitations(first: 100) {\n      id\n      organizationName\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      countryCodes\n      website\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      countryCodes\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n      readOnly\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      name\n      createdAt\n      lastUsedAt\n      expiresAt\n      readOnly\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n        readOnly\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        createdAt\n        lastUsedAt\n        expiresAt\n        readOnly\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      emailConfirmed\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      emailConfirmed\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;