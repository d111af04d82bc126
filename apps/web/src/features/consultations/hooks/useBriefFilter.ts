import { BriefStatus, BriefTopic, RiskLevel } from '@ecw/domain';
import { useSearchParams } from 'react-router';
import type { BriefFilter as BriefFilterInput } from '../../../gql/graphql';

/** What the reader narrows a consultation's briefs by; text fields are '' when unused. */
export interface BriefFilter {
  search: string;
  status: BriefStatus | null;
  topic: BriefTopic | null;
  riskLevel: RiskLevel | null;
  region: string;
  language: string;
}

export const NO_BRIEF_FILTER: BriefFilter = {
  search: '',
  status: null,
  topic: null,
  riskLevel: null,
  region: '',
  language: '',
};

/** A raw value (from the address bar or a select), kept only when it is one of the enum's members. */
export function enumMember<E extends string>(values: Record<string, E>, raw: string | null): E | null {
  return Object.values(values).find((value) => value === raw) ?? null;
}

/**
 * The briefs' filter lives in the URL (?q=&status=&topic=&risk=&region=&language=), so a reload, a
 * shared link or the back button keeps it. Anything unknown in the address is ignored, not sent.
 */
export function useBriefFilter(): [BriefFilter, (next: BriefFilter) => void] {
  const [params, setParams] = useSearchParams();
  const filter: BriefFilter = {
    search: params.get('q') ?? '',
    status: enumMember(BriefStatus, params.get('status')),
    topic: enumMember(BriefTopic, params.get('topic')),
    riskLevel: enumMember(RiskLevel, params.get('risk')),
    region: params.get('region') ?? '',
    language: params.get('language') ?? '',
  };

  const setFilter = (next: BriefFilter) => {
    const nextParams = new URLSearchParams();
    if (next.search) nextParams.set('q', next.search);
    if (next.status) nextParams.set('status', next.status);
    if (next.topic) nextParams.set('topic', next.topic);
    if (next.riskLevel) nextParams.set('risk', next.riskLevel);
    if (next.region) nextParams.set('region', next.region);
    if (next.language) nextParams.set('language', next.language);
    setParams(nextParams, { replace: true });
  };

  return [filter, setFilter];
}

/** The API's filter with empty parts left out, or null when nothing narrows the list. */
export function toBriefFilterInput(filter: BriefFilter): BriefFilterInput | null {
  const search = filter.search.trim();
  const region = filter.region.trim();
  const language = filter.language.trim();
  const input: BriefFilterInput = {
    ...(search ? { search } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.topic ? { topic: filter.topic } : {}),
    ...(filter.riskLevel ? { riskLevel: filter.riskLevel } : {}),
    ...(region ? { region } : {}),
    ...(language ? { language } : {}),
  };
  return Object.keys(input).length > 0 ? input : null;
}
