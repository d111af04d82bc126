import { stringify } from 'csv-stringify/sync';
import { type ConsultationQuestionOutput } from './dtos/consultation.output.js';
import { type ExportedBrief } from './exported-brief.js';

/** Spreadsheet programs run a cell starting with these as a formula: such a cell gets a leading quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

function spreadsheetSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const BRIEF_COLUMNS = [
  'submittedAt',
  'status',
  'attribution',
  'title',
  'summary',
  'topics',
  'riskLevel',
  'regions',
  'languages',
  'body',
  'response',
];

/**
 * One row per brief: its fields, then one column per question of the consultation headed by the
 * question's text (a spreadsheet compares the answers down a column), then its comments in one
 * cell, each after its attribution and time. Every cell, the convenor's question texts included,
 * is made spreadsheet-safe.
 */
export function renderBriefsCsv(questions: ConsultationQuestionOutput[], briefs: ExportedBrief[]): string {
  const header = [...BRIEF_COLUMNS, ...questions.map((question) => question.prompt), 'comments'];
  const rows = briefs.map(({ brief, comments }) => {
    const answers = new Map((brief.answers ?? []).map((answer) => [answer.question.id, answer.text]));
    return [
      brief.submittedAt?.toISOString() ?? '',
      brief.status,
      brief.attribution,
      brief.title,
      brief.summary,
      brief.topics.join(' '),
      brief.riskLevel,
      brief.regions.join('; '),
      brief.languages.join(' '),
      brief.body,
      brief.response?.body ?? '',
      ...questions.map((question) => answers.get(question.id) ?? ''),
      comments
        .map((comment) => `${comment.attribution} · ${comment.createdAt.toISOString()}\n${comment.body}`)
        .join('\n\n'),
    ];
  });
  return stringify([header, ...rows].map((row) => row.map(spreadsheetSafe)));
}
