import { randomBytes } from 'node:crypto';
import { type TestClient } from '../support/test-client.js';

export interface ReviewReportFields {
  title: string;
  ownerOrganizationId: string;
  coAuthorOrganizationIds: string[];
  sectionTitles: string[] | null;
}

export interface CreatedReviewReport {
  id: string;
  title: string;
  collabDocument: string;
  sections: { id: string; title: string; position: number }[];
  coAuthors: { id: string }[];
}

export const REVIEW_REPORT_FIELDS =
  'id title status visibility collabDocument coAuthors { id } sections { id title position }';

let sequence = 0;

/** createReviewReport input with a default for every field but the owner organisation. */
export class ReviewReportFactory {
  private constructor(private readonly fields: ReviewReportFields) {}

  static for(ownerOrganizationId: string, overrides: Partial<ReviewReportFields> = {}): ReviewReportFactory {
    sequence += 1;
    return new ReviewReportFactory({
      title: `Post-election review ${sequence}-${randomBytes(3).toString('hex')}`,
      ownerOrganizationId,
      coAuthorOrganizationIds: [],
      sectionTitles: ['Summary', 'Incidents'],
      ...overrides,
    });
  }

  with(overrides: Partial<ReviewReportFields>): ReviewReportFactory {
    return new ReviewReportFactory({ ...this.fields, ...overrides });
  }

  build(): ReviewReportFields {
    return { ...this.fields };
  }

  async createBy(client: TestClient): Promise<CreatedReviewReport> {
    const data = await client.ok<{ createReviewReport: CreatedReviewReport }>(
      `mutation ($input: CreateReviewReportInput!) { createReviewReport(input: $input) { ${REVIEW_REPORT_FIELDS} } }`,
      { input: this.fields },
    );
    return data.createReviewReport;
  }
}
