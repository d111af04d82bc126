import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type AccessResource } from './access-changed.js';
import { can } from './can.js';
import { type PolicySubject } from './policy-subject.js';
import { isUuid } from '../validation/uuid.js';
import {
  loadOrganizationFacts,
  organizationResource,
  type OrganizationAction,
} from './resources/organization.policy.js';
import {
  loadReviewReportFacts,
  reviewReportResource,
  type ReviewReportAction,
} from './resources/review-report.policy.js';
import {
  loadRelationshipFacts,
  relationshipResource,
  type RelationshipAction,
} from './resources/relationship.policy.js';

/** The actions that can be asked about a resource known only by kind and id, per kind. */
export interface ActionsByResourceKind {
  organization: OrganizationAction;
  report: ReviewReportAction;
  relationship: RelationshipAction;
}
export type LoadableKind = keyof ActionsByResourceKind & AccessResource['kind'];

/**
 * The policy for a resource named by `{ kind, id }`: loads the facts its rule needs, then asks
 * `can`. Used where only a reference is at hand: re-checks before each subscription delivery, and
 * listeners of `access:changed`. A new kind adds its facts loader here (next to its policy module).
 */
@Injectable()
export class ResourceAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async allows<K extends LoadableKind>(
    subject: PolicySubject,
    action: ActionsByResourceKind[K],
    resource: { kind: K; id: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    if (!isUuid(resource.id)) return false;
    // TypeScript does not narrow `action` with `resource.kind`; the signature ties them together.
    switch (resource.kind) {
      case 'organization': {
        const facts = await loadOrganizationFacts(manager, subject, resource.id);
        return (
          facts !== null &&
          can(subject, action as OrganizationAction, organizationResource(resource.id, facts))
        );
      }
      case 'report': {
        const facts = await loadReviewReportFacts(manager, subject, resource.id);
        return (
          facts !== null &&
          can(subject, action as ReviewReportAction, reviewReportResource(resource.id, facts))
        );
      }
      case 'relationship': {
        const facts = await loadRelationshipFacts(manager, subject, resource.id);
        return (
          facts !== null &&
          can(subject, action as RelationshipAction, relationshipResource(resource.id, facts))
        );
      }
    }
    return false;
  }
}
