import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ContactExportFormat {
  CSV = 'CSV',
  VCARD = 'VCARD',
}
registerEnumType(ContactExportFormat, { name: 'ContactExportFormat' });

@InputType('ExportContactPointsInput')
export class ExportContactPointsInput {
  @Field(() => ID) relationshipId!: string;
  @Field(() => ID, { nullable: true, description: 'One side only' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'One contact only' }) contactPointId?: string | null;
  @Field(() => ContactExportFormat) format!: ContactExportFormat;
}

@ObjectType('ContactExport')
export class ContactExportOutput {
  @Field(() => String) filename!: string;
  @Field(() => String) mimeType!: string;
  @Field(() => String) content!: string;
  @Field(() => Int) count!: number;
}

@InputType('ImportContactPointsInput')
export class ImportContactPointsInput {
  @Field(() => ID) relationshipId!: string;
  @Field(() => ID, { description: 'The viewer’s own side' }) organizationId!: string;
  @Field(() => String, { description: 'CSV with a header row (the export’s columns)' }) csv!: string;
  @Field(() => Boolean, { description: 'false: preview only; true: save every row, or none' })
  commit!: boolean;
}

@ObjectType('ContactImportProblem')
export class ContactImportProblemOutput {
  @Field(() => String) field!: string;
  @Field(() => String, { description: 'In the viewer’s language' }) message!: string;
}

@ObjectType('ContactImportRow')
export class ContactImportRowOutput {
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' }) line!: number;
  @Field(() => String) name!: string;
  @Field(() => [ContactImportProblemOutput]) problems!: ContactImportProblemOutput[];
}

@ObjectType('ContactImportResult')
export class ContactImportResultOutput {
  @Field(() => Boolean, { description: 'True when every row can be saved' }) valid!: boolean;
  @Field(() => Int, { description: 'Rows saved (0 for a preview)' }) imported!: number;
  @Field(() => [ContactImportRowOutput]) rows!: ContactImportRowOutput[];
}
