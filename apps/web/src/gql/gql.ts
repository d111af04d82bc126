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
    "\n  fragment SessionsList_session on Session {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n": typeof types.SessionsList_SessionFragmentDoc,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query UnreadNotificationIds($first: Int) {\n    notifications(unreadOnly: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnreadNotificationIdsDocument,
    "\n  fragment AuditLogTab_auditEvent on AuditEvent {\n    id\n    at\n    action\n    targetType\n    targetId\n    actor {\n      id\n      displayName\n    }\n  }\n": typeof types.AuditLogTab_AuditEventFragmentDoc,
    "\n  fragment DirectoryEntry_organization on Organization {\n    id\n    name\n    kind\n    countryCodes\n    verified\n  }\n": typeof types.DirectoryEntry_OrganizationFragmentDoc,
    "\n  fragment EditOrganizationForm_organization on Organization {\n    id\n    name\n    countryCodes\n    website\n  }\n": typeof types.EditOrganizationForm_OrganizationFragmentDoc,
    "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n    }\n  }\n": typeof types.MemberRow_MembershipFragmentDoc,
    "\n  fragment OrganizationPage_organization on Organization {\n    id\n    name\n    verified\n    viewerRole\n    ...OverviewTab_organization\n  }\n": typeof types.OrganizationPage_OrganizationFragmentDoc,
    "\n  fragment OverviewTab_organization on Organization {\n    kind\n    countryCodes\n    website\n    verified\n    createdAt\n    viewerRole\n    ...EditOrganizationForm_organization\n  }\n": typeof types.OverviewTab_OrganizationFragmentDoc,
    "\n  fragment PendingInvitationList_invitation on PendingInvitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n": typeof types.PendingInvitationList_InvitationFragmentDoc,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTab_auditEvent\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      ...MemberRow_membership\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DirectoryEntry_organization\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDirectoryDocument,
    "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            user {\n              id\n            }\n            ...MemberRow_membership\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      ...PendingInvitationList_invitation\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenList_ApiTokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.LoadMoreButton_PageInfoFragmentDoc,
    "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment SessionsList_session on Session {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n": types.SessionsList_SessionFragmentDoc,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n": types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrollmentDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    notifications(unreadOnly: true, first: 1) {\n      totalCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query UnreadNotificationIds($first: Int) {\n    notifications(unreadOnly: true, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.UnreadNotificationIdsDocument,
    "\n  fragment AuditLogTab_auditEvent on AuditEvent {\n    id\n    at\n    action\n    targetType\n    targetId\n    actor {\n      id\n      displayName\n    }\n  }\n": types.AuditLogTab_AuditEventFragmentDoc,
    "\n  fragment DirectoryEntry_organization on Organization {\n    id\n    name\n    kind\n    countryCodes\n    verified\n  }\n": types.DirectoryEntry_OrganizationFragmentDoc,
    "\n  fragment EditOrganizationForm_organization on Organization {\n    id\n    name\n    countryCodes\n    website\n  }\n": types.EditOrganizationForm_OrganizationFragmentDoc,
    "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n    }\n  }\n": types.MemberRow_MembershipFragmentDoc,
    "\n  fragment OrganizationPage_organization on Organization {\n    id\n    name\n    verified\n    viewerRole\n    ...OverviewTab_organization\n  }\n": types.OrganizationPage_OrganizationFragmentDoc,
    "\n  fragment OverviewTab_organization on Organization {\n    kind\n    countryCodes\n    website\n    verified\n    createdAt\n    viewerRole\n    ...EditOrganizationForm_organization\n  }\n": types.OverviewTab_OrganizationFragmentDoc,
    "\n  fragment PendingInvitationList_invitation on PendingInvitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n": types.PendingInvitationList_InvitationFragmentDoc,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTab_auditEvent\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      ...MemberRow_membership\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DirectoryEntry_organization\n        }\n      }\n    }\n  }\n": types.OrganizationDirectoryDocument,
    "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            user {\n              id\n            }\n            ...MemberRow_membership\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationMembersDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": types.OrganizationDocument,
    "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      ...PendingInvitationList_invitation\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n": types.ApiTokenList_ApiTokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.LoadMoreButton_PageInfoFragmentDoc,
    "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
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
export function graphql(source: "\n  fragment SessionsList_session on Session {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n"): (typeof documents)["\n  fragment SessionsList_session on Session {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
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
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n"): (typeof documents)["\n  query Sessions {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    message\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...NotificationItem_notification\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AuditLogTab_auditEvent on AuditEvent {\n    id\n    at\n    action\n    targetType\n    targetId\n    actor {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment AuditLogTab_auditEvent on AuditEvent {\n    id\n    at\n    action\n    targetType\n    targetId\n    actor {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryEntry_organization on Organization {\n    id\n    name\n    kind\n    countryCodes\n    verified\n  }\n"): (typeof documents)["\n  fragment DirectoryEntry_organization on Organization {\n    id\n    name\n    kind\n    countryCodes\n    verified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditOrganizationForm_organization on Organization {\n    id\n    name\n    countryCodes\n    website\n  }\n"): (typeof documents)["\n  fragment EditOrganizationForm_organization on Organization {\n    id\n    name\n    countryCodes\n    website\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationPage_organization on Organization {\n    id\n    name\n    verified\n    viewerRole\n    ...OverviewTab_organization\n  }\n"): (typeof documents)["\n  fragment OrganizationPage_organization on Organization {\n    id\n    name\n    verified\n    viewerRole\n    ...OverviewTab_organization\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewTab_organization on Organization {\n    kind\n    countryCodes\n    website\n    verified\n    createdAt\n    viewerRole\n    ...EditOrganizationForm_organization\n  }\n"): (typeof documents)["\n  fragment OverviewTab_organization on Organization {\n    kind\n    countryCodes\n    website\n    verified\n    createdAt\n    viewerRole\n    ...EditOrganizationForm_organization\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingInvitationList_invitation on PendingInvitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment PendingInvitationList_invitation on PendingInvitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n      organization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTab_auditEvent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTab_auditEvent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      ...MemberRow_membership\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      ...MemberRow_membership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n"];
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
export function graphql(source: "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DirectoryEntry_organization\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DirectoryEntry_organization\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            user {\n              id\n            }\n            ...MemberRow_membership\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            user {\n              id\n            }\n            ...MemberRow_membership\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n"): (typeof documents)["\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      ...PendingInvitationList_invitation\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      ...PendingInvitationList_invitation\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;