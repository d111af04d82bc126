import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

export enum BriefExportFormat {
  CSV = 'CSV',
  HTML = 'HTML',
}
registerEnumType(BriefExportFormat, { name: 'BriefExportFormat' });

@InputType('ExportConsultationBriefsInput')
export class ExportConsultationBriefsInput {
  @Field(() => ID) consultationId!: string;
  @Field(() => BriefExportFormat) format!: BriefExportFormat;
}
