import { stringify } from 'csv-stringify/sync';
import { type ConsultationQuestionOutput } from './dtos/consultation.output.js';
import { type BriefFileFormat, type ExportedBrief } from './exported-brief.js';

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

function row(questions: ConsultationQuestionOutput[], { brief, comments }: ExportedBrief): string[] {
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
}

function line(cells: string[]): string {
  return stringify([cells.map(spreadsheetSafe)]);
}

/**
 * One row per brief: its fields, then one column per question of the consultation headed by the
 * question's text (a spreadsheet compares the answers down a column), then its comments in one
 * cell, each after its attribution and time. Every cell, the convenor's question texts included,
 * is made spreadsheet-safe. A cut file says so in a row above the header, where a reader opening
 * it sees it first.
 */
export function csvFile(questions: ConsultationQuestionOutput[]): BriefFileFormat {
  return {
    extension: 'csv',
    contentType: 'text/csv',
    brief: (exported) => line(row(questions, exported)),
    file: (briefs, cut) => {
      const header = [...BRIEF_COLUMNS, ...questions.map((question) => question.prompt), 'comments'];
      // As wide as the header: a strict CSV reader refuses rows of different lengths.
      const notice = cut === null ? [] : [line([cut, ...header.slice(1).map(() => '')])];
      return [...notice, line(header), ...briefs].join('');
    },
  };
}
