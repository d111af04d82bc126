import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type BriefStatus, type BriefTopic, type RiskLevel } from '@ecw/domain';
import { BRIEF_SELECT, toBriefRecord } from './brief.record.js';
import { can } from '../core/policy/can.js';
import { briefScopeSql } from '../core/policy/resources/brief.policy.js';
import { consultationResource } from '../core/policy/resources/consultation.policy.js';
import { type ConsultationRecord } from './consultation.record.js';
import { type ConsultationDashboardOutput } from './dtos/consultation-dashboard.output.js';
import { toBriefOutput } from './dtos/context-brief.output.js';
import { SqlParams } from './sql-params.js';

const UNANSWERED_SHOWN = 20;

/** Counts and the unanswered briefs for the convenor; null for anyone else. */
@Injectable()
export class ConsultationDashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dashboard(
    consultation: ConsultationRecord,
    locale: string,
  ): Promise<ConsultationDashboardOutput | null> {
    const resource = consultationResource(consultation.id, consultation.facts);
    if (!can(consultation.subject, 'consultation.manage', resource)) return null;
    const scoped = (params: SqlParams) =>
      `b.consultation_id = ${params.bind(consultation.id)}::uuid AND ${briefScopeSql('b', consultation.facts, params.bind)}`;
    const run = async <T>(sql: (where: string) => string): Promise<T[]> => {
      const params = new SqlParams();
      return this.dataSource.query(sql(scoped(params)), params.values);
    };
    const [byStatus, byTopic, byRiskLevel, unanswered] = await Promise.all([
      run<{ status: BriefStatus; count: number }>(
        (where) =>
          `SELECT b.status, count(*)::int AS count FROM context_briefs b WHERE ${where} GROUP BY b.status ORDER BY b.status`,
      ),
      run<{ topic: BriefTopic; count: number }>(
        (where) =>
          `SELECT t.topic, count(*)::int AS count FROM context_briefs b, unnest(b.topics) AS t(topic) WHERE ${where} GROUP BY t.topic ORDER BY count DESC, t.topic`,
      ),
      run<{ riskLevel: RiskLevel; count: number }>(
        (where) =>
          `SELECT b.risk_level AS "riskLevel", count(*)::int AS count FROM context_briefs b WHERE ${where} GROUP BY b.risk_level ORDER BY b.risk_level`,
      ),
      run<Record<string, unknown>>(
        (where) => `${BRIEF_SELECT} WHERE ${where} AND b.status IN ('SUBMITTED', 'ACKNOWLEDGED')
          ORDER BY array_position(ARRAY['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'], b.risk_level), b.submitted_at, b.id LIMIT ${UNANSWERED_SHOWN}`,
      ),
    ]);
    return {
      byStatus,
      byTopic,
      byRiskLevel,
      unanswered: unanswered.map((row) => toBriefOutput(toBriefRecord(row), consultation, locale)),
    };
  }
}
