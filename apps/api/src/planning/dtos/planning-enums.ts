import { registerEnumType } from '@nestjs/graphql';
import {
  ChangeKind,
  ChannelKind,
  ElectionPhase,
  ElectionType,
  EngagementKind,
  EscalationTier,
  MilestoneKind,
  RelationshipStatus,
  VerificationStatus,
} from '@ecw/domain';

// The planning contract's enums, registered once for the whole schema.
registerEnumType(ElectionType, { name: 'ElectionType' });
registerEnumType(ElectionPhase, { name: 'ElectionPhase' });
registerEnumType(MilestoneKind, { name: 'MilestoneKind' });
registerEnumType(EngagementKind, { name: 'EngagementKind' });
registerEnumType(RelationshipStatus, { name: 'RelationshipStatus' });
registerEnumType(EscalationTier, { name: 'EscalationTier' });
registerEnumType(ChannelKind, { name: 'ChannelKind' });
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });
registerEnumType(ChangeKind, { name: 'ChangeKind' });

export {
  ChangeKind,
  ChannelKind,
  ElectionPhase,
  ElectionType,
  EngagementKind,
  EscalationTier,
  MilestoneKind,
  RelationshipStatus,
  VerificationStatus,
};
