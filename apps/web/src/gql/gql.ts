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
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": typeof types.ChangeEmailDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input)\n  }\n": typeof types.ConfirmEmailDocument,
    "\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SendEmailConfirmation {\n    sendEmailConfirmation\n  }\n": typeof types.SendEmailConfirmationDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment ConvenorForms_consultation on Consultation {\n    id\n    status\n    convenor {\n      id\n    }\n    participants {\n      id\n    }\n    outcome {\n      summary\n    }\n  }\n": typeof types.ConvenorForms_ConsultationFragmentDoc,
    "\n  fragment ConvenorPanel_consultation on Consultation {\n    id\n    status\n  }\n": typeof types.ConvenorPanel_ConsultationFragmentDoc,
    "\n  mutation AcknowledgeBrief($id: ID!) {\n    acknowledgeBrief(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcknowledgeBriefDocument,
    "\n  mutation AddBriefComment($briefId: ID!, $body: String!) {\n    addBriefComment(briefId: $briefId, body: $body) {\n      id\n    }\n  }\n": typeof types.AddBriefCommentDocument,
    "\n  mutation ArchiveConsultation($input: ArchiveConsultationInput!) {\n    archiveConsultation(input: $input) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n": typeof types.ArchiveConsultationDocument,
    "\n  query BriefComments($id: ID!, $first: Int, $after: String) {\n    contextBrief(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            attribution\n            author {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BriefCommentsDocument,
    "\n  subscription BriefEvents($consultationId: ID!) {\n    briefEvents(consultationId: $consultationId) {\n      kind\n      brief {\n        id\n      }\n    }\n  }\n": typeof types.BriefEventsDocument,
    "\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n": typeof types.CloseConsultationDocument,
    "\n  query ConsultationBriefs($id: ID!, $filter: BriefFilter, $first: Int, $after: String) {\n    consultation(id: $id) {\n      id\n      briefs(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            summary\n            status\n            riskLevel\n            topics\n            submittedAt\n            attribution\n            submitter {\n              id\n              viewerRole\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultationBriefsDocument,
    "\n  query ConsultationDashboard($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      attributionRule\n      dashboard {\n        byStatus {\n          status\n          count\n        }\n        byTopic {\n          topic\n          count\n        }\n        byRiskLevel {\n          riskLevel\n          count\n        }\n        unanswered {\n          id\n          title\n          status\n          riskLevel\n          submittedAt\n          attribution\n          submitter {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultationDashboardDocument,
    "\n  subscription ConsultationEvents($consultationId: ID!) {\n    consultationEvents(consultationId: $consultationId) {\n      kind\n      briefId\n      consultation {\n        id\n        status\n        outcome {\n          summary\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.ConsultationEventsDocument,
    "\n  query ConsultationFormChoices {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsultationFormChoicesDocument,
    "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      description\n      status\n      attributionRule\n      briefVisibility\n      opensAt\n      closesAt\n      viewerCanSubmit\n      participantCount\n      ...ConvenorPanel_consultation\n      ...ConvenorForms_consultation\n      convenor {\n        id\n        name\n        viewerRole\n      }\n      questions {\n        id\n        prompt\n        position\n      }\n      participants {\n        id\n        name\n        viewerRole\n      }\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n": typeof types.ConsultationDocument,
    "\n  query Consultations($first: Int, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          attributionRule\n          closesAt\n          convenor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultationsDocument,
    "\n  query ContextBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      status\n      submittedAt\n      attribution\n      viewerCanComment\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n          prompt\n        }\n        text\n      }\n      response {\n        body\n        respondedAt\n      }\n      consultation {\n        id\n        title\n        status\n        attributionRule\n        convenor {\n          id\n          viewerRole\n        }\n      }\n    }\n  }\n": typeof types.ContextBriefDocument,
    "\n  mutation CreateBrief($input: CreateBriefInput!) {\n    createBrief(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CreateBriefDocument,
    "\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateConsultationDocument,
    "\n  query EditableBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      status\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n        }\n        text\n      }\n      consultation {\n        id\n      }\n    }\n  }\n": typeof types.EditableBriefDocument,
    "\n  mutation ExportConsultationBriefs($input: ExportConsultationBriefsInput!) {\n    exportConsultationBriefs(input: $input) {\n      filename\n      contentType\n      content\n    }\n  }\n": typeof types.ExportConsultationBriefsDocument,
    "\n  query InvitableOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.InvitableOrganizationsDocument,
    "\n  mutation InviteToConsultation($consultationId: ID!, $organizationIds: [ID!]!) {\n    inviteToConsultation(consultationId: $consultationId, organizationIds: $organizationIds) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": typeof types.InviteToConsultationDocument,
    "\n  mutation OpenConsultation($id: ID!) {\n    openConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n": typeof types.OpenConsultationDocument,
    "\n  mutation PublishConsultationOutcome($consultationId: ID!, $summary: String!) {\n    publishConsultationOutcome(consultationId: $consultationId, summary: $summary) {\n      id\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n": typeof types.PublishConsultationOutcomeDocument,
    "\n  mutation RemoveConsultationParticipant($input: RemoveConsultationParticipantInput!) {\n    removeConsultationParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": typeof types.RemoveConsultationParticipantDocument,
    "\n  mutation RespondToBrief($id: ID!, $body: String!) {\n    respondToBrief(id: $id, body: $body) {\n      id\n      status\n      response {\n        body\n        respondedAt\n      }\n    }\n  }\n": typeof types.RespondToBriefDocument,
    "\n  mutation SubmitBrief($id: ID!) {\n    submitBrief(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n": typeof types.SubmitBriefDocument,
    "\n  mutation UpdateBrief($input: UpdateBriefInput!) {\n    updateBrief(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateBriefDocument,
    "\n  mutation WithdrawBrief($id: ID!) {\n    withdrawBrief(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawBriefDocument,
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
    "\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n": typeof types.AcceptReceivedInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTab_auditEvent\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      ...MemberRow_membership\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DirectoryEntry_organization\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDirectoryDocument,
    "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            user {\n              id\n            }\n            ...MemberRow_membership\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationMembersDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      ...PendingInvitationList_invitation\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  query ReceivedInvitations {\n    receivedInvitations(first: 100) {\n      id\n      organizationName\n      role\n      expiresAt\n    }\n  }\n": typeof types.ReceivedInvitationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": typeof types.VerifyOrganizationDocument,
    "\n  fragment ContactCard_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    verificationStatus\n    lastVerifiedAt\n    timeZone\n    availability\n    languages\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n    revisions {\n      id\n      changedAt\n      change\n      changedBy {\n        id\n        displayName\n      }\n    }\n    ...EditContactForm_contact\n  }\n": typeof types.ContactCard_ContactFragmentDoc,
    "\n  fragment EditContactForm_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    availability\n    languages\n    timeZone\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n  }\n": typeof types.EditContactForm_ContactFragmentDoc,
    "\n  mutation AddContactPoint($input: AddContactPointInput!) {\n    addContactPoint(input: $input) {\n      id\n      organization {\n        id\n      }\n      ...ContactCard_contact\n    }\n  }\n": typeof types.AddContactPointDocument,
    "\n  subscription ContactPointChanged($relationshipId: ID!) {\n    contactPointChanged(relationshipId: $relationshipId) {\n      kind\n      contactPointId\n      contactPoint {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n": typeof types.ContactPointChangedDocument,
    "\n  query CounterpartOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": typeof types.CounterpartOrganizationsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      url\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  query ElectionChoices($filter: ElectionFilter) {\n    elections(first: 30, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          countryCode\n          electionDay\n        }\n      }\n    }\n  }\n": typeof types.ElectionChoicesDocument,
    "\n  query ElectionTimeline($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      countryCode\n      type\n      electionDay\n      timeZone\n      phase\n      authority {\n        id\n        name\n      }\n      milestones {\n        id\n        kind\n        title\n        startsOn\n        endsOn\n      }\n      blackoutWindows {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      engagements {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        organizations {\n          id\n          name\n        }\n        conflicts {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ElectionTimelineDocument,
    "\n  query Elections($first: Int, $after: String, $filter: ElectionFilter) {\n    elections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          name\n          countryCode\n          type\n          electionDay\n          timeZone\n          phase\n        }\n      }\n    }\n  }\n": typeof types.ElectionsDocument,
    "\n  query Escalation($electionId: ID!) {\n    election(id: $electionId) {\n      id\n      name\n      phase\n    }\n    escalation(electionId: $electionId) {\n      contactTimeZone\n      contactLocalTime\n      viewerTimeZone\n      viewerLocalTime\n      preferredChannel {\n        kind\n        value\n      }\n      contact {\n        id\n        name\n        title\n        availability\n        verificationStatus\n        languages\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EscalationDocument,
    "\n  mutation ExportContactPoints($input: ExportContactPointsInput!) {\n    exportContactPoints(input: $input) {\n      filename\n      mimeType\n      content\n    }\n  }\n": typeof types.ExportContactPointsDocument,
    "\n  mutation ImportContactPoints($input: ImportContactPointsInput!) {\n    importContactPoints(input: $input) {\n      imported\n      valid\n      rows {\n        line\n        name\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportContactPointsDocument,
    "\n  query MyPlanningOrganizations {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyPlanningOrganizationsDocument,
    "\n  mutation ProposeRelationship($input: ProposeRelationshipInput!) {\n    proposeRelationship(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ProposeRelationshipDocument,
    "\n  mutation AcceptRelationship($id: ID!) {\n    acceptRelationship(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcceptRelationshipDocument,
    "\n  mutation EndRelationship($id: ID!) {\n    endRelationship(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.EndRelationshipDocument,
    "\n  query RelationshipRegistry($id: ID!) {\n    relationship(id: $id) {\n      id\n      status\n      staleAfterDays\n      requestedBy {\n        id\n      }\n      election {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n        viewerRole\n      }\n      contacts {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n": typeof types.RelationshipRegistryDocument,
    "\n  query Relationships($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n    }\n    relationships(organizationId: $organizationId) {\n      id\n      status\n      createdAt\n      requestedBy {\n        id\n      }\n      organizations {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RelationshipsDocument,
    "\n  mutation RemoveContactPoint($id: ID!) {\n    removeContactPoint(id: $id)\n  }\n": typeof types.RemoveContactPointDocument,
    "\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input)\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  mutation ScheduleEngagement($input: ScheduleEngagementInput!) {\n    scheduleEngagement(input: $input) {\n      id\n      title\n      conflicts {\n        id\n      }\n    }\n  }\n": typeof types.ScheduleEngagementDocument,
    "\n  mutation UpdateContactPoint($input: UpdateContactPointInput!) {\n    updateContactPoint(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n": typeof types.UpdateContactPointDocument,
    "\n  mutation VerifyContactPoint($id: ID!) {\n    verifyContactPoint(id: $id) {\n      id\n      verificationStatus\n      lastVerifiedAt\n    }\n  }\n": typeof types.VerifyContactPointDocument,
    "\n  mutation AddReviewCoAuthor($reportId: ID!, $organizationId: ID!) {\n    addReviewCoAuthor(reportId: $reportId, organizationId: $organizationId) {\n      id\n      updatedAt\n      coAuthors {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddReviewCoAuthorDocument,
    "\n  query CoAuthorCandidates($filter: OrganizationFilter) {\n    organizations(first: 20, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CoAuthorCandidatesDocument,
    "\n  mutation CreateReviewReport($input: CreateReviewReportInput!) {\n    createReviewReport(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.CreateReviewReportDocument,
    "\n  mutation ExportReviewReport($input: ExportReviewReportInput!) {\n    exportReviewReport(input: $input) {\n      content\n      contentType\n      filename\n    }\n  }\n": typeof types.ExportReviewReportDocument,
    "\n  query OrganizationRecommendations($organizationId: ID!, $after: String) {\n    organizationRecommendations(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          text\n          status\n          dueOn\n          report {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n    }\n  }\n": typeof types.OrganizationRecommendationsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateRecommendationDocument,
    "\n  subscription ReviewEvents($reportId: ID!) {\n    reviewEvents(reportId: $reportId) {\n      kind\n      report {\n        id\n      }\n    }\n  }\n": typeof types.ReviewEventsDocument,
    "\n  query ReviewFormChoices($search: String) {\n    me {\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReviewFormChoicesDocument,
    "\n  query ReviewReport($id: ID!) {\n    reviewReport(id: $id) {\n      id\n      title\n      status\n      visibility\n      collabDocument\n      updatedAt\n      election {\n        id\n        name\n      }\n      coAuthors {\n        id\n        name\n      }\n      versions {\n        id\n        label\n        contentHash\n        createdAt\n        markdown\n        sections {\n          id\n          title\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      signOffs {\n        signedAt\n        organization {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n        version {\n          id\n          label\n        }\n      }\n      recommendations {\n        id\n        text\n        status\n        dueOn\n        owner {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        position\n        leadOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReviewReportDocument,
    "\n  query ReviewReports($first: Int, $after: String) {\n    reviewReports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          updatedAt\n          election {\n            id\n            name\n          }\n          coAuthors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewReportsDocument,
    "\n  mutation AddReviewSection($input: AddReviewSectionInput!) {\n    addReviewSection(input: $input) {\n      id\n    }\n  }\n": typeof types.AddReviewSectionDocument,
    "\n  mutation UpdateReviewSection($input: UpdateReviewSectionInput!) {\n    updateReviewSection(input: $input) {\n      id\n      title\n      position\n      leadOrganization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateReviewSectionDocument,
    "\n  mutation RemoveReviewSection($input: RemoveReviewSectionInput!) {\n    removeReviewSection(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveReviewSectionDocument,
    "\n  mutation RestoreReviewSection($input: RestoreReviewSectionInput!) {\n    restoreReviewSection(input: $input) {\n      id\n    }\n  }\n": typeof types.RestoreReviewSectionDocument,
    "\n  mutation CreateReviewVersion($reportId: ID!, $label: String!) {\n    createReviewVersion(reportId: $reportId, label: $label) {\n      id\n    }\n  }\n": typeof types.CreateReviewVersionDocument,
    "\n  mutation RequestReviewSignOff($versionId: ID!) {\n    requestSignOff(versionId: $versionId) {\n      id\n      status\n    }\n  }\n": typeof types.RequestReviewSignOffDocument,
    "\n  mutation SignReviewVersion($versionId: ID!) {\n    signOff(versionId: $versionId) {\n      signedAt\n    }\n  }\n": typeof types.SignReviewVersionDocument,
    "\n  mutation PublishReview($reportId: ID!, $visibility: ReviewVisibility!) {\n    publishReview(reportId: $reportId, visibility: $visibility) {\n      id\n      status\n      visibility\n    }\n  }\n": typeof types.PublishReviewDocument,
    "\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    expiresAt\n    readOnly\n  }\n": typeof types.ApiTokenList_ApiTokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n": typeof types.ReauthenticateDocument,
    "\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.LoadMoreButton_PageInfoFragmentDoc,
    "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      emailConfirmed\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment SessionsList_session on Session {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n": types.SessionsList_SessionFragmentDoc,
    "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n": types.ChangeEmailDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  mutation ConfirmEmail($input: ConfirmEmailInput!) {\n    confirmEmail(input: $input)\n  }\n": types.ConfirmEmailDocument,
    "\n  mutation ConfirmTotpEnrollment($input: ConfirmTotpInput!) {\n    confirmTotpEnrollment(input: $input) {\n      codes\n    }\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input) {\n      mfaEnabled\n    }\n  }\n": types.DisableTotpDocument,
    "\n  mutation RevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SendEmailConfirmation {\n    sendEmailConfirmation\n  }\n": types.SendEmailConfirmationDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrollmentDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      locale\n      timeZone\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      me {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment ConvenorForms_consultation on Consultation {\n    id\n    status\n    convenor {\n      id\n    }\n    participants {\n      id\n    }\n    outcome {\n      summary\n    }\n  }\n": types.ConvenorForms_ConsultationFragmentDoc,
    "\n  fragment ConvenorPanel_consultation on Consultation {\n    id\n    status\n  }\n": types.ConvenorPanel_ConsultationFragmentDoc,
    "\n  mutation AcknowledgeBrief($id: ID!) {\n    acknowledgeBrief(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcknowledgeBriefDocument,
    "\n  mutation AddBriefComment($briefId: ID!, $body: String!) {\n    addBriefComment(briefId: $briefId, body: $body) {\n      id\n    }\n  }\n": types.AddBriefCommentDocument,
    "\n  mutation ArchiveConsultation($input: ArchiveConsultationInput!) {\n    archiveConsultation(input: $input) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n": types.ArchiveConsultationDocument,
    "\n  query BriefComments($id: ID!, $first: Int, $after: String) {\n    contextBrief(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            attribution\n            author {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BriefCommentsDocument,
    "\n  subscription BriefEvents($consultationId: ID!) {\n    briefEvents(consultationId: $consultationId) {\n      kind\n      brief {\n        id\n      }\n    }\n  }\n": types.BriefEventsDocument,
    "\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n": types.CloseConsultationDocument,
    "\n  query ConsultationBriefs($id: ID!, $filter: BriefFilter, $first: Int, $after: String) {\n    consultation(id: $id) {\n      id\n      briefs(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            summary\n            status\n            riskLevel\n            topics\n            submittedAt\n            attribution\n            submitter {\n              id\n              viewerRole\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsultationBriefsDocument,
    "\n  query ConsultationDashboard($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      attributionRule\n      dashboard {\n        byStatus {\n          status\n          count\n        }\n        byTopic {\n          topic\n          count\n        }\n        byRiskLevel {\n          riskLevel\n          count\n        }\n        unanswered {\n          id\n          title\n          status\n          riskLevel\n          submittedAt\n          attribution\n          submitter {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ConsultationDashboardDocument,
    "\n  subscription ConsultationEvents($consultationId: ID!) {\n    consultationEvents(consultationId: $consultationId) {\n      kind\n      briefId\n      consultation {\n        id\n        status\n        outcome {\n          summary\n          publishedAt\n        }\n      }\n    }\n  }\n": types.ConsultationEventsDocument,
    "\n  query ConsultationFormChoices {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsultationFormChoicesDocument,
    "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      description\n      status\n      attributionRule\n      briefVisibility\n      opensAt\n      closesAt\n      viewerCanSubmit\n      participantCount\n      ...ConvenorPanel_consultation\n      ...ConvenorForms_consultation\n      convenor {\n        id\n        name\n        viewerRole\n      }\n      questions {\n        id\n        prompt\n        position\n      }\n      participants {\n        id\n        name\n        viewerRole\n      }\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n": types.ConsultationDocument,
    "\n  query Consultations($first: Int, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          attributionRule\n          closesAt\n          convenor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ConsultationsDocument,
    "\n  query ContextBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      status\n      submittedAt\n      attribution\n      viewerCanComment\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n          prompt\n        }\n        text\n      }\n      response {\n        body\n        respondedAt\n      }\n      consultation {\n        id\n        title\n        status\n        attributionRule\n        convenor {\n          id\n          viewerRole\n        }\n      }\n    }\n  }\n": types.ContextBriefDocument,
    "\n  mutation CreateBrief($input: CreateBriefInput!) {\n    createBrief(input: $input) {\n      id\n      status\n    }\n  }\n": types.CreateBriefDocument,
    "\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n": types.CreateConsultationDocument,
    "\n  query EditableBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      status\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n        }\n        text\n      }\n      consultation {\n        id\n      }\n    }\n  }\n": types.EditableBriefDocument,
    "\n  mutation ExportConsultationBriefs($input: ExportConsultationBriefsInput!) {\n    exportConsultationBriefs(input: $input) {\n      filename\n      contentType\n      content\n    }\n  }\n": types.ExportConsultationBriefsDocument,
    "\n  query InvitableOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.InvitableOrganizationsDocument,
    "\n  mutation InviteToConsultation($consultationId: ID!, $organizationIds: [ID!]!) {\n    inviteToConsultation(consultationId: $consultationId, organizationIds: $organizationIds) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": types.InviteToConsultationDocument,
    "\n  mutation OpenConsultation($id: ID!) {\n    openConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n": types.OpenConsultationDocument,
    "\n  mutation PublishConsultationOutcome($consultationId: ID!, $summary: String!) {\n    publishConsultationOutcome(consultationId: $consultationId, summary: $summary) {\n      id\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n": types.PublishConsultationOutcomeDocument,
    "\n  mutation RemoveConsultationParticipant($input: RemoveConsultationParticipantInput!) {\n    removeConsultationParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n": types.RemoveConsultationParticipantDocument,
    "\n  mutation RespondToBrief($id: ID!, $body: String!) {\n    respondToBrief(id: $id, body: $body) {\n      id\n      status\n      response {\n        body\n        respondedAt\n      }\n    }\n  }\n": types.RespondToBriefDocument,
    "\n  mutation SubmitBrief($id: ID!) {\n    submitBrief(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n": types.SubmitBriefDocument,
    "\n  mutation UpdateBrief($input: UpdateBriefInput!) {\n    updateBrief(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateBriefDocument,
    "\n  mutation WithdrawBrief($id: ID!) {\n    withdrawBrief(id: $id) {\n      id\n      status\n    }\n  }\n": types.WithdrawBriefDocument,
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
    "\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n": types.AcceptReceivedInvitationDocument,
    "\n  query AuditLog($organizationId: ID!, $first: Int, $after: String) {\n    auditLog(organizationId: $organizationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTab_auditEvent\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      ...MemberRow_membership\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      organizationName\n      role\n      email\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      acceptToken\n    }\n  }\n": types.InviteMemberDocument,
    "\n  query OrganizationDirectory($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DirectoryEntry_organization\n        }\n      }\n    }\n  }\n": types.OrganizationDirectoryDocument,
    "\n  query OrganizationMembers($organizationId: ID!, $first: Int, $after: String) {\n    organization(id: $organizationId) {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            user {\n              id\n            }\n            ...MemberRow_membership\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationMembersDocument,
    "\n  query Organization($id: ID!) {\n    organization(id: $id) {\n      id\n      ...OrganizationPage_organization\n    }\n  }\n": types.OrganizationDocument,
    "\n  query PendingInvitations($organizationId: ID!) {\n    pendingInvitations(organizationId: $organizationId) {\n      id\n      ...PendingInvitationList_invitation\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  query ReceivedInvitations {\n    receivedInvitations(first: 100) {\n      id\n      organizationName\n      role\n      expiresAt\n    }\n  }\n": types.ReceivedInvitationsDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n": types.VerifyOrganizationDocument,
    "\n  fragment ContactCard_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    verificationStatus\n    lastVerifiedAt\n    timeZone\n    availability\n    languages\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n    revisions {\n      id\n      changedAt\n      change\n      changedBy {\n        id\n        displayName\n      }\n    }\n    ...EditContactForm_contact\n  }\n": types.ContactCard_ContactFragmentDoc,
    "\n  fragment EditContactForm_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    availability\n    languages\n    timeZone\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n  }\n": types.EditContactForm_ContactFragmentDoc,
    "\n  mutation AddContactPoint($input: AddContactPointInput!) {\n    addContactPoint(input: $input) {\n      id\n      organization {\n        id\n      }\n      ...ContactCard_contact\n    }\n  }\n": types.AddContactPointDocument,
    "\n  subscription ContactPointChanged($relationshipId: ID!) {\n    contactPointChanged(relationshipId: $relationshipId) {\n      kind\n      contactPointId\n      contactPoint {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n": types.ContactPointChangedDocument,
    "\n  query CounterpartOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n": types.CounterpartOrganizationsDocument,
    "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      url\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  query ElectionChoices($filter: ElectionFilter) {\n    elections(first: 30, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          countryCode\n          electionDay\n        }\n      }\n    }\n  }\n": types.ElectionChoicesDocument,
    "\n  query ElectionTimeline($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      countryCode\n      type\n      electionDay\n      timeZone\n      phase\n      authority {\n        id\n        name\n      }\n      milestones {\n        id\n        kind\n        title\n        startsOn\n        endsOn\n      }\n      blackoutWindows {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      engagements {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        organizations {\n          id\n          name\n        }\n        conflicts {\n          id\n        }\n      }\n    }\n  }\n": types.ElectionTimelineDocument,
    "\n  query Elections($first: Int, $after: String, $filter: ElectionFilter) {\n    elections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          name\n          countryCode\n          type\n          electionDay\n          timeZone\n          phase\n        }\n      }\n    }\n  }\n": types.ElectionsDocument,
    "\n  query Escalation($electionId: ID!) {\n    election(id: $electionId) {\n      id\n      name\n      phase\n    }\n    escalation(electionId: $electionId) {\n      contactTimeZone\n      contactLocalTime\n      viewerTimeZone\n      viewerLocalTime\n      preferredChannel {\n        kind\n        value\n      }\n      contact {\n        id\n        name\n        title\n        availability\n        verificationStatus\n        languages\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EscalationDocument,
    "\n  mutation ExportContactPoints($input: ExportContactPointsInput!) {\n    exportContactPoints(input: $input) {\n      filename\n      mimeType\n      content\n    }\n  }\n": types.ExportContactPointsDocument,
    "\n  mutation ImportContactPoints($input: ImportContactPointsInput!) {\n    importContactPoints(input: $input) {\n      imported\n      valid\n      rows {\n        line\n        name\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n": types.ImportContactPointsDocument,
    "\n  query MyPlanningOrganizations {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyPlanningOrganizationsDocument,
    "\n  mutation ProposeRelationship($input: ProposeRelationshipInput!) {\n    proposeRelationship(input: $input) {\n      id\n      status\n    }\n  }\n": types.ProposeRelationshipDocument,
    "\n  mutation AcceptRelationship($id: ID!) {\n    acceptRelationship(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcceptRelationshipDocument,
    "\n  mutation EndRelationship($id: ID!) {\n    endRelationship(id: $id) {\n      id\n      status\n    }\n  }\n": types.EndRelationshipDocument,
    "\n  query RelationshipRegistry($id: ID!) {\n    relationship(id: $id) {\n      id\n      status\n      staleAfterDays\n      requestedBy {\n        id\n      }\n      election {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n        viewerRole\n      }\n      contacts {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n": types.RelationshipRegistryDocument,
    "\n  query Relationships($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n    }\n    relationships(organizationId: $organizationId) {\n      id\n      status\n      createdAt\n      requestedBy {\n        id\n      }\n      organizations {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n": types.RelationshipsDocument,
    "\n  mutation RemoveContactPoint($id: ID!) {\n    removeContactPoint(id: $id)\n  }\n": types.RemoveContactPointDocument,
    "\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input)\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  mutation ScheduleEngagement($input: ScheduleEngagementInput!) {\n    scheduleEngagement(input: $input) {\n      id\n      title\n      conflicts {\n        id\n      }\n    }\n  }\n": types.ScheduleEngagementDocument,
    "\n  mutation UpdateContactPoint($input: UpdateContactPointInput!) {\n    updateContactPoint(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n": types.UpdateContactPointDocument,
    "\n  mutation VerifyContactPoint($id: ID!) {\n    verifyContactPoint(id: $id) {\n      id\n      verificationStatus\n      lastVerifiedAt\n    }\n  }\n": types.VerifyContactPointDocument,
    "\n  mutation AddReviewCoAuthor($reportId: ID!, $organizationId: ID!) {\n    addReviewCoAuthor(reportId: $reportId, organizationId: $organizationId) {\n      id\n      updatedAt\n      coAuthors {\n        id\n        name\n      }\n    }\n  }\n": types.AddReviewCoAuthorDocument,
    "\n  query CoAuthorCandidates($filter: OrganizationFilter) {\n    organizations(first: 20, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CoAuthorCandidatesDocument,
    "\n  mutation CreateReviewReport($input: CreateReviewReportInput!) {\n    createReviewReport(input: $input) {\n      id\n      title\n    }\n  }\n": types.CreateReviewReportDocument,
    "\n  mutation ExportReviewReport($input: ExportReviewReportInput!) {\n    exportReviewReport(input: $input) {\n      content\n      contentType\n      filename\n    }\n  }\n": types.ExportReviewReportDocument,
    "\n  query OrganizationRecommendations($organizationId: ID!, $after: String) {\n    organizationRecommendations(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          text\n          status\n          dueOn\n          report {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n    }\n  }\n": types.OrganizationRecommendationsDocument,
    "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.AddRecommendationDocument,
    "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateRecommendationDocument,
    "\n  subscription ReviewEvents($reportId: ID!) {\n    reviewEvents(reportId: $reportId) {\n      kind\n      report {\n        id\n      }\n    }\n  }\n": types.ReviewEventsDocument,
    "\n  query ReviewFormChoices($search: String) {\n    me {\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReviewFormChoicesDocument,
    "\n  query ReviewReport($id: ID!) {\n    reviewReport(id: $id) {\n      id\n      title\n      status\n      visibility\n      collabDocument\n      updatedAt\n      election {\n        id\n        name\n      }\n      coAuthors {\n        id\n        name\n      }\n      versions {\n        id\n        label\n        contentHash\n        createdAt\n        markdown\n        sections {\n          id\n          title\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      signOffs {\n        signedAt\n        organization {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n        version {\n          id\n          label\n        }\n      }\n      recommendations {\n        id\n        text\n        status\n        dueOn\n        owner {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        position\n        leadOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReviewReportDocument,
    "\n  query ReviewReports($first: Int, $after: String) {\n    reviewReports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          updatedAt\n          election {\n            id\n            name\n          }\n          coAuthors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ReviewReportsDocument,
    "\n  mutation AddReviewSection($input: AddReviewSectionInput!) {\n    addReviewSection(input: $input) {\n      id\n    }\n  }\n": types.AddReviewSectionDocument,
    "\n  mutation UpdateReviewSection($input: UpdateReviewSectionInput!) {\n    updateReviewSection(input: $input) {\n      id\n      title\n      position\n      leadOrganization {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateReviewSectionDocument,
    "\n  mutation RemoveReviewSection($input: RemoveReviewSectionInput!) {\n    removeReviewSection(input: $input) {\n      id\n    }\n  }\n": types.RemoveReviewSectionDocument,
    "\n  mutation RestoreReviewSection($input: RestoreReviewSectionInput!) {\n    restoreReviewSection(input: $input) {\n      id\n    }\n  }\n": types.RestoreReviewSectionDocument,
    "\n  mutation CreateReviewVersion($reportId: ID!, $label: String!) {\n    createReviewVersion(reportId: $reportId, label: $label) {\n      id\n    }\n  }\n": types.CreateReviewVersionDocument,
    "\n  mutation RequestReviewSignOff($versionId: ID!) {\n    requestSignOff(versionId: $versionId) {\n      id\n      status\n    }\n  }\n": types.RequestReviewSignOffDocument,
    "\n  mutation SignReviewVersion($versionId: ID!) {\n    signOff(versionId: $versionId) {\n      signedAt\n    }\n  }\n": types.SignReviewVersionDocument,
    "\n  mutation PublishReview($reportId: ID!, $visibility: ReviewVisibility!) {\n    publishReview(reportId: $reportId, visibility: $visibility) {\n      id\n      status\n      visibility\n    }\n  }\n": types.PublishReviewDocument,
    "\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    expiresAt\n    readOnly\n  }\n": types.ApiTokenList_ApiTokenFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n": types.ReauthenticateDocument,
    "\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.LoadMoreButton_PageInfoFragmentDoc,
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
export function graphql(source: "\n  fragment SessionsList_session on Session {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n"): (typeof documents)["\n  fragment SessionsList_session on Session {\n    id\n    createdAt\n    lastSeenAt\n    expiresAt\n    userAgent\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangeEmail($input: ChangeEmailInput!) {\n    changeEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($input: ConfirmEmailChangeInput!) {\n    confirmEmailChange(input: $input)\n  }\n"];
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
export function graphql(source: "\n  fragment ConvenorForms_consultation on Consultation {\n    id\n    status\n    convenor {\n      id\n    }\n    participants {\n      id\n    }\n    outcome {\n      summary\n    }\n  }\n"): (typeof documents)["\n  fragment ConvenorForms_consultation on Consultation {\n    id\n    status\n    convenor {\n      id\n    }\n    participants {\n      id\n    }\n    outcome {\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConvenorPanel_consultation on Consultation {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment ConvenorPanel_consultation on Consultation {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeBrief($id: ID!) {\n    acknowledgeBrief(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeBrief($id: ID!) {\n    acknowledgeBrief(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddBriefComment($briefId: ID!, $body: String!) {\n    addBriefComment(briefId: $briefId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddBriefComment($briefId: ID!, $body: String!) {\n    addBriefComment(briefId: $briefId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveConsultation($input: ArchiveConsultationInput!) {\n    archiveConsultation(input: $input) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveConsultation($input: ArchiveConsultationInput!) {\n    archiveConsultation(input: $input) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BriefComments($id: ID!, $first: Int, $after: String) {\n    contextBrief(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            attribution\n            author {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BriefComments($id: ID!, $first: Int, $after: String) {\n    contextBrief(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            body\n            createdAt\n            attribution\n            author {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BriefEvents($consultationId: ID!) {\n    briefEvents(consultationId: $consultationId) {\n      kind\n      brief {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BriefEvents($consultationId: ID!) {\n    briefEvents(consultationId: $consultationId) {\n      kind\n      brief {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n"): (typeof documents)["\n  mutation CloseConsultation($id: ID!) {\n    closeConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationBriefs($id: ID!, $filter: BriefFilter, $first: Int, $after: String) {\n    consultation(id: $id) {\n      id\n      briefs(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            summary\n            status\n            riskLevel\n            topics\n            submittedAt\n            attribution\n            submitter {\n              id\n              viewerRole\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationBriefs($id: ID!, $filter: BriefFilter, $first: Int, $after: String) {\n    consultation(id: $id) {\n      id\n      briefs(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          ...LoadMoreButton_pageInfo\n        }\n        edges {\n          cursor\n          node {\n            id\n            title\n            summary\n            status\n            riskLevel\n            topics\n            submittedAt\n            attribution\n            submitter {\n              id\n              viewerRole\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationDashboard($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      attributionRule\n      dashboard {\n        byStatus {\n          status\n          count\n        }\n        byTopic {\n          topic\n          count\n        }\n        byRiskLevel {\n          riskLevel\n          count\n        }\n        unanswered {\n          id\n          title\n          status\n          riskLevel\n          submittedAt\n          attribution\n          submitter {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationDashboard($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      attributionRule\n      dashboard {\n        byStatus {\n          status\n          count\n        }\n        byTopic {\n          topic\n          count\n        }\n        byRiskLevel {\n          riskLevel\n          count\n        }\n        unanswered {\n          id\n          title\n          status\n          riskLevel\n          submittedAt\n          attribution\n          submitter {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsultationEvents($consultationId: ID!) {\n    consultationEvents(consultationId: $consultationId) {\n      kind\n      briefId\n      consultation {\n        id\n        status\n        outcome {\n          summary\n          publishedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConsultationEvents($consultationId: ID!) {\n    consultationEvents(consultationId: $consultationId) {\n      kind\n      briefId\n      consultation {\n        id\n        status\n        outcome {\n          summary\n          publishedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationFormChoices {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationFormChoices {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      description\n      status\n      attributionRule\n      briefVisibility\n      opensAt\n      closesAt\n      viewerCanSubmit\n      participantCount\n      ...ConvenorPanel_consultation\n      ...ConvenorForms_consultation\n      convenor {\n        id\n        name\n        viewerRole\n      }\n      questions {\n        id\n        prompt\n        position\n      }\n      participants {\n        id\n        name\n        viewerRole\n      }\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultation($id: ID!) {\n    consultation(id: $id) {\n      id\n      title\n      description\n      status\n      attributionRule\n      briefVisibility\n      opensAt\n      closesAt\n      viewerCanSubmit\n      participantCount\n      ...ConvenorPanel_consultation\n      ...ConvenorForms_consultation\n      convenor {\n        id\n        name\n        viewerRole\n      }\n      questions {\n        id\n        prompt\n        position\n      }\n      participants {\n        id\n        name\n        viewerRole\n      }\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consultations($first: Int, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          attributionRule\n          closesAt\n          convenor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Consultations($first: Int, $after: String, $filter: ConsultationFilter) {\n    consultations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          attributionRule\n          closesAt\n          convenor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContextBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      status\n      submittedAt\n      attribution\n      viewerCanComment\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n          prompt\n        }\n        text\n      }\n      response {\n        body\n        respondedAt\n      }\n      consultation {\n        id\n        title\n        status\n        attributionRule\n        convenor {\n          id\n          viewerRole\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContextBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      status\n      submittedAt\n      attribution\n      viewerCanComment\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n          prompt\n        }\n        text\n      }\n      response {\n        body\n        respondedAt\n      }\n      consultation {\n        id\n        title\n        status\n        attributionRule\n        convenor {\n          id\n          viewerRole\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBrief($input: CreateBriefInput!) {\n    createBrief(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBrief($input: CreateBriefInput!) {\n    createBrief(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateConsultation($input: CreateConsultationInput!) {\n    createConsultation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      status\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n        }\n        text\n      }\n      consultation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditableBrief($id: ID!) {\n    contextBrief(id: $id) {\n      id\n      status\n      title\n      summary\n      body\n      topics\n      regions\n      languages\n      riskLevel\n      submitter {\n        id\n        viewerRole\n      }\n      answers {\n        question {\n          id\n        }\n        text\n      }\n      consultation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportConsultationBriefs($input: ExportConsultationBriefsInput!) {\n    exportConsultationBriefs(input: $input) {\n      filename\n      contentType\n      content\n    }\n  }\n"): (typeof documents)["\n  mutation ExportConsultationBriefs($input: ExportConsultationBriefsInput!) {\n    exportConsultationBriefs(input: $input) {\n      filename\n      contentType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitableOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitableOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToConsultation($consultationId: ID!, $organizationIds: [ID!]!) {\n    inviteToConsultation(consultationId: $consultationId, organizationIds: $organizationIds) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToConsultation($consultationId: ID!, $organizationIds: [ID!]!) {\n    inviteToConsultation(consultationId: $consultationId, organizationIds: $organizationIds) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenConsultation($id: ID!) {\n    openConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n"): (typeof documents)["\n  mutation OpenConsultation($id: ID!) {\n    openConsultation(id: $id) {\n      id\n      status\n      viewerCanSubmit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConsultationOutcome($consultationId: ID!, $summary: String!) {\n    publishConsultationOutcome(consultationId: $consultationId, summary: $summary) {\n      id\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishConsultationOutcome($consultationId: ID!, $summary: String!) {\n    publishConsultationOutcome(consultationId: $consultationId, summary: $summary) {\n      id\n      outcome {\n        summary\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConsultationParticipant($input: RemoveConsultationParticipantInput!) {\n    removeConsultationParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConsultationParticipant($input: RemoveConsultationParticipantInput!) {\n    removeConsultationParticipant(input: $input) {\n      id\n      participantCount\n      participants {\n        id\n        name\n        viewerRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToBrief($id: ID!, $body: String!) {\n    respondToBrief(id: $id, body: $body) {\n      id\n      status\n      response {\n        body\n        respondedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RespondToBrief($id: ID!, $body: String!) {\n    respondToBrief(id: $id, body: $body) {\n      id\n      status\n      response {\n        body\n        respondedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBrief($id: ID!) {\n    submitBrief(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBrief($id: ID!) {\n    submitBrief(id: $id) {\n      id\n      status\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBrief($input: UpdateBriefInput!) {\n    updateBrief(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBrief($input: UpdateBriefInput!) {\n    updateBrief(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawBrief($id: ID!) {\n    withdrawBrief(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawBrief($id: ID!) {\n    withdrawBrief(id: $id) {\n      id\n      status\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReceivedInvitation($input: AcceptReceivedInvitationInput!) {\n    acceptReceivedInvitation(input: $input) {\n      id\n      organization {\n        id\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      ...EditOrganizationForm_organization\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyOrganization($id: ID!) {\n    verifyOrganization(id: $id) {\n      id\n      verified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactCard_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    verificationStatus\n    lastVerifiedAt\n    timeZone\n    availability\n    languages\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n    revisions {\n      id\n      changedAt\n      change\n      changedBy {\n        id\n        displayName\n      }\n    }\n    ...EditContactForm_contact\n  }\n"): (typeof documents)["\n  fragment ContactCard_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    verificationStatus\n    lastVerifiedAt\n    timeZone\n    availability\n    languages\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n    revisions {\n      id\n      changedAt\n      change\n      changedBy {\n        id\n        displayName\n      }\n    }\n    ...EditContactForm_contact\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditContactForm_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    availability\n    languages\n    timeZone\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n  }\n"): (typeof documents)["\n  fragment EditContactForm_contact on ContactPoint {\n    id\n    name\n    title\n    escalationTier\n    availability\n    languages\n    timeZone\n    validFrom\n    validUntil\n    channels {\n      kind\n      value\n      preferred\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContactPoint($input: AddContactPointInput!) {\n    addContactPoint(input: $input) {\n      id\n      organization {\n        id\n      }\n      ...ContactCard_contact\n    }\n  }\n"): (typeof documents)["\n  mutation AddContactPoint($input: AddContactPointInput!) {\n    addContactPoint(input: $input) {\n      id\n      organization {\n        id\n      }\n      ...ContactCard_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ContactPointChanged($relationshipId: ID!) {\n    contactPointChanged(relationshipId: $relationshipId) {\n      kind\n      contactPointId\n      contactPoint {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ContactPointChanged($relationshipId: ID!) {\n    contactPointChanged(relationshipId: $relationshipId) {\n      kind\n      contactPointId\n      contactPoint {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CounterpartOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CounterpartOrganizations($first: Int, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {\n    createCalendarFeed(input: $input) {\n      id\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElectionChoices($filter: ElectionFilter) {\n    elections(first: 30, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          countryCode\n          electionDay\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElectionChoices($filter: ElectionFilter) {\n    elections(first: 30, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n          countryCode\n          electionDay\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ElectionTimeline($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      countryCode\n      type\n      electionDay\n      timeZone\n      phase\n      authority {\n        id\n        name\n      }\n      milestones {\n        id\n        kind\n        title\n        startsOn\n        endsOn\n      }\n      blackoutWindows {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      engagements {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        organizations {\n          id\n          name\n        }\n        conflicts {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ElectionTimeline($id: ID!) {\n    election(id: $id) {\n      id\n      name\n      countryCode\n      type\n      electionDay\n      timeZone\n      phase\n      authority {\n        id\n        name\n      }\n      milestones {\n        id\n        kind\n        title\n        startsOn\n        endsOn\n      }\n      blackoutWindows {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      engagements {\n        id\n        kind\n        title\n        startsAt\n        endsAt\n        organizations {\n          id\n          name\n        }\n        conflicts {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Elections($first: Int, $after: String, $filter: ElectionFilter) {\n    elections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          name\n          countryCode\n          type\n          electionDay\n          timeZone\n          phase\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Elections($first: Int, $after: String, $filter: ElectionFilter) {\n    elections(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          name\n          countryCode\n          type\n          electionDay\n          timeZone\n          phase\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escalation($electionId: ID!) {\n    election(id: $electionId) {\n      id\n      name\n      phase\n    }\n    escalation(electionId: $electionId) {\n      contactTimeZone\n      contactLocalTime\n      viewerTimeZone\n      viewerLocalTime\n      preferredChannel {\n        kind\n        value\n      }\n      contact {\n        id\n        name\n        title\n        availability\n        verificationStatus\n        languages\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Escalation($electionId: ID!) {\n    election(id: $electionId) {\n      id\n      name\n      phase\n    }\n    escalation(electionId: $electionId) {\n      contactTimeZone\n      contactLocalTime\n      viewerTimeZone\n      viewerLocalTime\n      preferredChannel {\n        kind\n        value\n      }\n      contact {\n        id\n        name\n        title\n        availability\n        verificationStatus\n        languages\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportContactPoints($input: ExportContactPointsInput!) {\n    exportContactPoints(input: $input) {\n      filename\n      mimeType\n      content\n    }\n  }\n"): (typeof documents)["\n  mutation ExportContactPoints($input: ExportContactPointsInput!) {\n    exportContactPoints(input: $input) {\n      filename\n      mimeType\n      content\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportContactPoints($input: ImportContactPointsInput!) {\n    importContactPoints(input: $input) {\n      imported\n      valid\n      rows {\n        line\n        name\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportContactPoints($input: ImportContactPointsInput!) {\n    importContactPoints(input: $input) {\n      imported\n      valid\n      rows {\n        line\n        name\n        problems {\n          field\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPlanningOrganizations {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPlanningOrganizations {\n    me {\n      timeZone\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeRelationship($input: ProposeRelationshipInput!) {\n    proposeRelationship(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeRelationship($input: ProposeRelationshipInput!) {\n    proposeRelationship(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRelationship($id: ID!) {\n    acceptRelationship(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptRelationship($id: ID!) {\n    acceptRelationship(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndRelationship($id: ID!) {\n    endRelationship(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndRelationship($id: ID!) {\n    endRelationship(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipRegistry($id: ID!) {\n    relationship(id: $id) {\n      id\n      status\n      staleAfterDays\n      requestedBy {\n        id\n      }\n      election {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n        viewerRole\n      }\n      contacts {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query RelationshipRegistry($id: ID!) {\n    relationship(id: $id) {\n      id\n      status\n      staleAfterDays\n      requestedBy {\n        id\n      }\n      election {\n        id\n        name\n      }\n      organizations {\n        id\n        name\n        viewerRole\n      }\n      contacts {\n        id\n        organization {\n          id\n        }\n        ...ContactCard_contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Relationships($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n    }\n    relationships(organizationId: $organizationId) {\n      id\n      status\n      createdAt\n      requestedBy {\n        id\n      }\n      organizations {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Relationships($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n    }\n    relationships(organizationId: $organizationId) {\n      id\n      status\n      createdAt\n      requestedBy {\n        id\n      }\n      organizations {\n        id\n        name\n      }\n      election {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContactPoint($id: ID!) {\n    removeContactPoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveContactPoint($id: ID!) {\n    removeContactPoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {\n    revokeCalendarFeed(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleEngagement($input: ScheduleEngagementInput!) {\n    scheduleEngagement(input: $input) {\n      id\n      title\n      conflicts {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleEngagement($input: ScheduleEngagementInput!) {\n    scheduleEngagement(input: $input) {\n      id\n      title\n      conflicts {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactPoint($input: UpdateContactPointInput!) {\n    updateContactPoint(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContactPoint($input: UpdateContactPointInput!) {\n    updateContactPoint(input: $input) {\n      id\n      ...ContactCard_contact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyContactPoint($id: ID!) {\n    verifyContactPoint(id: $id) {\n      id\n      verificationStatus\n      lastVerifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyContactPoint($id: ID!) {\n    verifyContactPoint(id: $id) {\n      id\n      verificationStatus\n      lastVerifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReviewCoAuthor($reportId: ID!, $organizationId: ID!) {\n    addReviewCoAuthor(reportId: $reportId, organizationId: $organizationId) {\n      id\n      updatedAt\n      coAuthors {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddReviewCoAuthor($reportId: ID!, $organizationId: ID!) {\n    addReviewCoAuthor(reportId: $reportId, organizationId: $organizationId) {\n      id\n      updatedAt\n      coAuthors {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoAuthorCandidates($filter: OrganizationFilter) {\n    organizations(first: 20, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoAuthorCandidates($filter: OrganizationFilter) {\n    organizations(first: 20, filter: $filter) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReviewReport($input: CreateReviewReportInput!) {\n    createReviewReport(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReviewReport($input: CreateReviewReportInput!) {\n    createReviewReport(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportReviewReport($input: ExportReviewReportInput!) {\n    exportReviewReport(input: $input) {\n      content\n      contentType\n      filename\n    }\n  }\n"): (typeof documents)["\n  mutation ExportReviewReport($input: ExportReviewReportInput!) {\n    exportReviewReport(input: $input) {\n      content\n      contentType\n      filename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationRecommendations($organizationId: ID!, $after: String) {\n    organizationRecommendations(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          text\n          status\n          dueOn\n          report {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationRecommendations($organizationId: ID!, $after: String) {\n    organizationRecommendations(organizationId: $organizationId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          text\n          status\n          dueOn\n          report {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddRecommendation($input: AddRecommendationInput!) {\n    addRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRecommendation($input: UpdateRecommendationInput!) {\n    updateRecommendation(input: $input) {\n      id\n      text\n      status\n      dueOn\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReviewEvents($reportId: ID!) {\n    reviewEvents(reportId: $reportId) {\n      kind\n      report {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ReviewEvents($reportId: ID!) {\n    reviewEvents(reportId: $reportId) {\n      kind\n      report {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewFormChoices($search: String) {\n    me {\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewFormChoices($search: String) {\n    me {\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n    organizations(first: 20, filter: { search: $search }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewReport($id: ID!) {\n    reviewReport(id: $id) {\n      id\n      title\n      status\n      visibility\n      collabDocument\n      updatedAt\n      election {\n        id\n        name\n      }\n      coAuthors {\n        id\n        name\n      }\n      versions {\n        id\n        label\n        contentHash\n        createdAt\n        markdown\n        sections {\n          id\n          title\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      signOffs {\n        signedAt\n        organization {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n        version {\n          id\n          label\n        }\n      }\n      recommendations {\n        id\n        text\n        status\n        dueOn\n        owner {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        position\n        leadOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewReport($id: ID!) {\n    reviewReport(id: $id) {\n      id\n      title\n      status\n      visibility\n      collabDocument\n      updatedAt\n      election {\n        id\n        name\n      }\n      coAuthors {\n        id\n        name\n      }\n      versions {\n        id\n        label\n        contentHash\n        createdAt\n        markdown\n        sections {\n          id\n          title\n        }\n        createdBy {\n          id\n          displayName\n        }\n      }\n      signOffs {\n        signedAt\n        organization {\n          id\n          name\n        }\n        user {\n          id\n          displayName\n        }\n        version {\n          id\n          label\n        }\n      }\n      recommendations {\n        id\n        text\n        status\n        dueOn\n        owner {\n          id\n          name\n        }\n      }\n      sections {\n        id\n        title\n        position\n        leadOrganization {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewReports($first: Int, $after: String) {\n    reviewReports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          updatedAt\n          election {\n            id\n            name\n          }\n          coAuthors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewReports($first: Int, $after: String) {\n    reviewReports(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...LoadMoreButton_pageInfo\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          visibility\n          updatedAt\n          election {\n            id\n            name\n          }\n          coAuthors {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReviewSection($input: AddReviewSectionInput!) {\n    addReviewSection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddReviewSection($input: AddReviewSectionInput!) {\n    addReviewSection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReviewSection($input: UpdateReviewSectionInput!) {\n    updateReviewSection(input: $input) {\n      id\n      title\n      position\n      leadOrganization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReviewSection($input: UpdateReviewSectionInput!) {\n    updateReviewSection(input: $input) {\n      id\n      title\n      position\n      leadOrganization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReviewSection($input: RemoveReviewSectionInput!) {\n    removeReviewSection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReviewSection($input: RemoveReviewSectionInput!) {\n    removeReviewSection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreReviewSection($input: RestoreReviewSectionInput!) {\n    restoreReviewSection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreReviewSection($input: RestoreReviewSectionInput!) {\n    restoreReviewSection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReviewVersion($reportId: ID!, $label: String!) {\n    createReviewVersion(reportId: $reportId, label: $label) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateReviewVersion($reportId: ID!, $label: String!) {\n    createReviewVersion(reportId: $reportId, label: $label) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReviewSignOff($versionId: ID!) {\n    requestSignOff(versionId: $versionId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReviewSignOff($versionId: ID!) {\n    requestSignOff(versionId: $versionId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignReviewVersion($versionId: ID!) {\n    signOff(versionId: $versionId) {\n      signedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignReviewVersion($versionId: ID!) {\n    signOff(versionId: $versionId) {\n      signedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishReview($reportId: ID!, $visibility: ReviewVisibility!) {\n    publishReview(reportId: $reportId, visibility: $visibility) {\n      id\n      status\n      visibility\n    }\n  }\n"): (typeof documents)["\n  mutation PublishReview($reportId: ID!, $visibility: ReviewVisibility!) {\n    publishReview(reportId: $reportId, visibility: $visibility) {\n      id\n      status\n      visibility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    expiresAt\n    readOnly\n  }\n"): (typeof documents)["\n  fragment ApiTokenList_apiToken on ApiToken {\n    id\n    name\n    createdAt\n    lastUsedAt\n    expiresAt\n    readOnly\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      id\n      ...ApiTokenList_apiToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $readOnly: Boolean) {\n    createApiToken(name: $name, expiresAt: $expiresAt, readOnly: $readOnly) {\n      secret\n      apiToken {\n        id\n        name\n        ...ApiTokenList_apiToken\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n"): (typeof documents)["\n  mutation Reauthenticate($input: ReauthenticateInput!) {\n    reauthenticate(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment LoadMoreButton_pageInfo on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      emailConfirmed\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      email\n      locale\n      timeZone\n      isPlatformAdmin\n      mfaEnabled\n      emailConfirmed\n      user {\n        id\n        displayName\n      }\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          verified\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;