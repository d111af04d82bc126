import { registerEnumType } from '@nestjs/graphql';
import {
  AttributionRule,
  BriefEventKind,
  BriefStatus,
  BriefTopic,
  BriefVisibility,
  ConsultationEventKind,
  ConsultationStanding,
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
registerEnumType(ConsultationStanding, {
  name: 'ConsultationStanding',
  description: 'The viewer’s side of a consultation (beyond the contract).',
  valuesMap: {
    CONVENING: { description: 'The viewer is a member of the convening organisation.' },
    INVITED: { description: 'The viewer is a member of an invited organisation.' },
  },
});

export {
  AttributionRule,
  BriefEventKind,
  BriefStatus,
  BriefTopic,
  BriefVisibility,
  ConsultationEventKind,
  ConsultationStanding,
  ConsultationStatus,
  RiskLevel,
};
