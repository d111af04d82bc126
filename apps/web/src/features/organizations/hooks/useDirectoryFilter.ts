import { OrganizationKind } from '@ecw/domain';
import { useSearchParams } from 'react-router';
import type { OrganizationFilter } from '../../../gql/graphql';

export interface DirectoryFilter {
  search: string;
  kind: OrganizationKind | null;
  countryCode: string | null;
}

const KINDS = new Set<string>(Object.values(OrganizationKind));

function isKind(value: string | null): value is OrganizationKind {
  return value !== null && KINDS.has(value);
}

/**
 * The directory's filter lives in the URL (?q=&kind=&country=), so a filtered list can be
 * bookmarked or shared and the back button returns to it.
 */
export function useDirectoryFilter(): [DirectoryFilter, (next: DirectoryFilter) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const filter: DirectoryFilter = {
    search: params.get('q') ?? '',
    kind: isKind(kind) ? kind : null,
    countryCode: params.get('country'),
  };

  const setFilter = (next: DirectoryFilter) => {
    const nextParams = new URLSearchParams();
    if (next.search) nextParams.set('q', next.search);
    if (next.kind) nextParams.set('kind', next.kind);
    if (next.countryCode) nextParams.set('country', next.countryCode);
    setParams(nextParams, { replace: true });
  };

  return [filter, setFilter];
}

/** The API's filter with empty parts left out (an empty search is no search). */
export function toOrganizationFilter(filter: DirectoryFilter): OrganizationFilter {
  const search = filter.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.countryCode ? { countryCode: filter.countryCode } : {}),
  };
}
