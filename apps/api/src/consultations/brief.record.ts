import { type BriefStatus, type BriefTopic, type RiskLevel } from '@ecw/domain';
import { type OrganizationOutput } from '../organizations/dtos/organization.output.js';
import { type BriefAnswerOutput } from './dtos/context-brief.output.js';
import { organizationColumns, organizationOf } from './organization-columns.js';

/** A brief's row with its organisation, read straight from SQL (no entity hydration on the page's path). */
export interface BriefRecord {
  id: string;
  consultationId: string;
  organizationId: string;
  title: string;
  summary: string;
  body: string;
  topics: BriefTopic[];
  regions: string[];
  languages: string[];
  riskLevel: RiskLevel;
  status: BriefStatus;
  submittedAt: Date | null;
  acknowledgedAt: Date | null;
  responseBody: string | null;
  respondedAt: Date | null;
  createdAt: Date;
  /** Exact text of coalesce(submitted_at, created_at), the list order, for keyset cursors. */
  position: string;
  organization: OrganizationOutput;
  /** Read with a page (`briefPageSelect`) only. */
  answers?: BriefAnswerOutput[];
  commentCount?: number;
}

/** Lists order by submission time (drafts by creation), never by organisation. */
export const BRIEF_ORDER = 'coalesce(b.submitted_at, b.created_at)';

/** What every read of a brief needs: what it is, whose it is, where it stands, where it sorts. */
const BRIEF_KEY_COLUMNS = `b.id AS "id", b.consultation_id AS "consultationId", b.organization_id AS "organizationId",
    b.title AS "title", b.risk_level AS "riskLevel", b.status AS "status",
    b.submitted_at AS "submittedAt",
    to_char(${BRIEF_ORDER} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "position"`;
/** The submitting organisation, joined as `so` (BRIEF_SUBMITTER_JOIN). */
const BRIEF_SUBMITTER_COLUMNS = organizationColumns('so', 'submitter');
const BRIEF_SUBMITTER_JOIN = 'JOIN organizations so ON so.id = b.organization_id';
/**
 * What a brief says: its texts, lists and the convenor's response. The widest part of the row (the
 * body alone is kilobytes) and most of its parsing (three text arrays, three timestamps).
 */
const BRIEF_CONTENT_COLUMNS = `b.summary AS "summary", b.body AS "body", b.topics AS "topics",
    b.regions AS "regions", b.languages AS "languages", b.acknowledged_at AS "acknowledgedAt",
    b.response_body AS "responseBody", b.responded_at AS "respondedAt", b.created_at AS "createdAt"`;
const BRIEF_COLUMNS = `${BRIEF_KEY_COLUMNS},\n    ${BRIEF_SUBMITTER_COLUMNS},\n    ${BRIEF_CONTENT_COLUMNS}`;

/** The table's columns that the key columns read: a relation standing in for the table as `b` has them. */
export const BRIEF_KEY_SOURCE =
  'b.id, b.consultation_id, b.organization_id, b.title, b.risk_level, b.status, b.submitted_at, b.created_at';

export const BRIEF_SELECT = `SELECT ${BRIEF_COLUMNS} FROM context_briefs b ${BRIEF_SUBMITTER_JOIN}`;

/** What a page's statement reads of each brief beyond its key columns, for the fields the operation shows. */
export interface CarriedOnPage {
  answers: boolean;
  commentCount: boolean;
  /**
   * The content columns (`summary`, `body`, `topics`, `regions`, `languages`, `response`). A page
   * read without them (a search showing ids and titles) leaves those fields undefined: a non-null
   * field asked for anyway fails loudly instead of answering an empty value.
   */
  content: boolean;
  /**
   * The submitting organisation (`submitter`, and `attribution` where the rule names it). A page
   * read without it joins no organisation and leaves `organization` undefined (`BriefOnPage`).
   */
  submitter: boolean;
}

export const CARRY_ALL: CarriedOnPage = { answers: true, commentCount: true, content: true, submitter: true };

/** A brief as a page read it: its organisation only when the page carried it. */
export type BriefOnPage = Omit<BriefRecord, 'organization'> & { organization?: OrganizationOutput };

const ANSWERS_COLUMN = `(SELECT coalesce(json_agg(json_build_object('text', a.text,
        'question', json_build_object('id', q.id, 'prompt', q.prompt, 'position', q.position)) ORDER BY q.position), '[]')
       FROM brief_answers a JOIN consultation_questions q ON q.id = a.question_id WHERE a.brief_id = b.id) AS "answers"`;
const COMMENT_COUNT_COLUMN = `(SELECT count(*)::int FROM brief_comments k WHERE k.brief_id = b.id) AS "commentCount"`;

/**
 * A page's briefs with what the page shows of each in the same statement (its answers in question
 * order, its comment count), carried on the output so the field resolvers run no query, plus the
 * total when asked (`total`: SQL counting every row the scope keeps, taken before the page's LIMIT).
 * What is not carried (a search showing titles only) is not read: `answers` and `comments` still
 * answer through their resolvers, the content fields only when selected (`CarriedOnPage.content`).
 * `briefs` is the relation read as `b`: the table, or a cut of it with the columns the key columns read.
 */
export function briefPageSelect(
  total: string | null,
  carry: CarriedOnPage,
  briefs = 'context_briefs b',
): string {
  const columns = [BRIEF_KEY_COLUMNS];
  if (carry.submitter) columns.push(BRIEF_SUBMITTER_COLUMNS);
  if (carry.content) columns.push(BRIEF_CONTENT_COLUMNS);
  if (carry.answers) columns.push(ANSWERS_COLUMN);
  if (carry.commentCount) columns.push(COMMENT_COUNT_COLUMN);
  if (total) columns.push(`${total}::int AS "totalCount"`);
  const from = carry.submitter ? `${briefs} ${BRIEF_SUBMITTER_JOIN}` : briefs;
  return `SELECT ${columns.join(',\n    ')}\n  FROM ${from}`;
}

export function toBriefRecord(raw: Record<string, unknown>): BriefRecord {
  return { ...toBriefOnPage(raw), organization: organizationOf(raw, 'submitter') };
}

export function toBriefOnPage(raw: Record<string, unknown>): BriefOnPage {
  const row = raw as Omit<BriefRecord, 'organization'>;
  return {
    id: row.id,
    consultationId: row.consultationId,
    organizationId: row.organizationId,
    title: row.title,
    summary: row.summary,
    body: row.body,
    topics: row.topics,
    regions: row.regions,
    languages: row.languages,
    riskLevel: row.riskLevel,
    status: row.status,
    submittedAt: row.submittedAt,
    acknowledgedAt: row.acknowledgedAt,
    responseBody: row.responseBody,
    respondedAt: row.respondedAt,
    createdAt: row.createdAt,
    position: row.position,
    organization: raw['submitterId'] === undefined ? undefined : organizationOf(raw, 'submitter'),
    answers: row.answers,
    commentCount: row.commentCount,
  };
}

/** A comment with its author's name and organisation, for the mapper to show or withhold. */
export interface CommentRecord {
  id: string;
  briefId: string;
  authorId: string | null;
  authorName: string | null;
  organizationId: string;
  organizationName: string;
  body: string;
  createdAt: Date;
  position: string;
}

export const COMMENT_SELECT = `SELECT k.id AS "id", k.brief_id AS "briefId", k.author_id AS "authorId",
    u.display_name AS "authorName", k.organization_id AS "organizationId", ko.name AS "organizationName",
    k.body AS "body", k.created_at AS "createdAt",
    to_char(k.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "position"
  FROM brief_comments k LEFT JOIN users u ON u.id = k.author_id JOIN organizations ko ON ko.id = k.organization_id`;
