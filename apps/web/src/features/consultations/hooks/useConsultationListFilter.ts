import { ConsultationStanding, ConsultationStatus } from '@ecw/domain';
import { useSearchParams } from 'react-router';
import type { ConsultationFilter } from '../../../gql/graphql';
import { enumMember } from './useBriefFilter';

/** The statuses the list offers, besides all of them. */
export const LISTED_STATUSES = [
  ConsultationStatus.OPEN,
  ConsultationStatus.DRAFT,
  ConsultationStatus.CLOSED,
] as const;

type ListedStatus = (typeof LISTED_STATUSES)[number];

/** Which consultations the list shows; null is "all" on either axis. */
export interface ConsultationListFilter {
  standing: ConsultationStanding | null;
  status: ListedStatus | null;
}

/**
 * The list's filter lives in the URL (?standing=&status=), so a reload, a shared link or the back
 * button keeps it. Anything unknown in the address counts as "all".
 */
export function useConsultationListFilter(): [
  ConsultationListFilter,
  (next: ConsultationListFilter) => void,
] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter: ConsultationListFilter = {
    standing: enumMember(ConsultationStanding, params.get('standing')),
    status: LISTED_STATUSES.find((listed) => listed === status) ?? null,
  };

  const setFilter = (next: ConsultationListFilter) => {
    const nextParams = new URLSearchParams();
    if (next.standing) nextParams.set('standing', next.standing);
    if (next.status) nextParams.set('status', next.status);
    setParams(nextParams, { replace: true });
  };

  return [filter, setFilter];
}

/** The API's filter with "all" left out, or null when the list is not narrowed. */
export function toConsultationFilter(filter: ConsultationListFilter): ConsultationFilter | null {
  if (!filter.standing && !filter.status) return null;
  return {
    ...(filter.standing ? { standing: filter.standing } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
}
