import { PLANNING_LIMITS } from './planning-limits.js';
import { ElectionPhase, VerificationStatus } from './planning-enums.js';

/** Days without verification after which a relationship's contacts are STALE: shorter near polling day. */
export function staleAfterDays(electionPhase: ElectionPhase | null): number {
  return electionPhase === ElectionPhase.ELECTION_PERIOD
    ? PLANNING_LIMITS.staleAfterDaysElectionPeriod
    : PLANNING_LIMITS.staleAfterDaysDefault;
}

const DAY_MS = 86_400_000;

/**
 * FRESH when verified (or entered by hand) within `days`; STALE when longer ago; UNVERIFIED when
 * no one has verified it since it was imported.
 */
export function verificationStatus(lastVerifiedAt: Date | null, days: number, now: Date): VerificationStatus {
  if (lastVerifiedAt === null) return VerificationStatus.UNVERIFIED;
  return now.getTime() - lastVerifiedAt.getTime() > days * DAY_MS
    ? VerificationStatus.STALE
    : VerificationStatus.FRESH;
}
