import { presenceColour } from '@ecw/domain';
import { type Extension, type onAuthenticatePayload } from '@hocuspocus/server';
import { type AppConfig } from '../../../core/config/app-config.js';
import { credentialFrom } from '../../../core/auth/request-credential.js';
import { type Viewer, type ViewerResolver } from '../../../core/auth/viewer.js';
import { type ProfileSource } from '../../../core/users/user-directory.js';
import { clientAddress } from '../../../core/http/client-address.js';
import { isSameOrigin } from '../../../core/http/origin.js';
import { type ReviewReportService } from '../../review-report.service.js';
import { can } from '../../../core/policy/can.js';
import { reviewReportResource } from '../../../core/policy/resources/review-report.policy.js';
import { COLLAB_CLOSE, type CollabContext, type PresenceUser } from '../collab-context.js';
import { reportIdOfDocument } from '../document-name.js';

/**
 * Who may open a report's document, and whether they may write. The credential is the provider's
 * `token` (an API token) or else the session cookie of the upgrade request, resolved exactly as
 * GraphQL resolves it. Anyone the policy does not let open the live document (outsiders, and
 * public readers of a published report, who read its published version) is refused before any
 * content is sent; co-authors who may not edit get a read-only connection (Hocuspocus drops their
 * updates).
 */
export class ReviewReportAuthExtension implements Extension {
  extensionName = 'review-report-auth';

  constructor(
    private readonly config: AppConfig,
    private readonly viewers: ViewerResolver,
    private readonly reports: ReviewReportService,
    private readonly profiles: ProfileSource,
  ) {}

  async onAuthenticate({
    token,
    request,
    documentName,
    connectionConfig,
  }: onAuthenticatePayload): Promise<CollabContext> {
    const reportId = reportIdOfDocument(documentName);
    const credential = credentialFrom(
      token ? `Bearer ${token}` : undefined,
      request.headers.cookie,
      this.config.secureCookies,
    );
    // A browser sends the cookie to any origin that opens a socket here: only our own origin may use it.
    if (!reportId || !credential || (credential.kind === 'session' && !isSameOrigin(request, this.config))) {
      throw COLLAB_CLOSE.forbidden;
    }
    const viewer = await this.viewers.resolve(credential, {
      userAgent: request.headers['user-agent'] ?? null,
      ip: clientAddress(request, this.config.env.TRUST_PROXY),
    });
    if (!viewer) throw COLLAB_CLOSE.forbidden;
    // Both need only the viewer: read together, one round trip to PostgreSQL less before the
    // document can load. The decision below still waits for both; nothing is sent before it.
    const [facts, presence] = await Promise.all([
      this.reports.readableFacts(viewer, reportId).catch(() => null),
      this.presenceOf(viewer),
    ]);
    const report = facts && reviewReportResource(reportId, facts);
    if (!report || !presence || !can(viewer, 'reviewReport.openDocument', report))
      throw COLLAB_CLOSE.forbidden;
    const readOnly = !can(viewer, 'reviewReport.edit', report);
    connectionConfig.readOnly = readOnly;
    return { viewer, reportId, readOnly, presence };
  }

  /** The name and colour the document's presence shows for this viewer (see the presence extension). */
  private async presenceOf(viewer: Viewer): Promise<PresenceUser | null> {
    const [profile] = await this.profiles.findUsersByIds([viewer.userId]);
    if (!profile) return null;
    return { id: viewer.userId, name: profile.displayName, color: presenceColour(viewer.userId) };
  }
}
