import { registerEnumType } from '@nestjs/graphql';
import {
  AttributionRule,
  BriefEventKind,
  BriefStatus,
  BriefTopic,
  BriefVisibility,
  ConsultationEventKind,
  ConsultationStatus,
  RiskLevel,
} from '@ecw/domain';

// The contract's consultation enums, registered once for the whole schema.
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus' });
registerEnumType(AttributionRule, { name: 'AttributionRule' });
registerEnumType(BriefVisibility, { name: 'BriefVisibility' });
registerEnumType(BriefStatus, { name: 'BriefStatus' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(BriefTopic, { name: 'BriefTopic' });
registerEnumType(BriefEventKind, { name: 'BriefEventKind' });
registerEnumType(ConsultationEventKind, { name: 'ConsultationEventKind' });

export {
  AttributionRule,
  BriefEventKind,
  BriefStatus,
  BriefTopic,
  BriefVisibility,
  ConsultationEventKind,
  ConsultationStatus,
  RiskLevel,
};
