import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { electionChoicesQuery } from '../graphql/election-choices.query';

/** How far back the list goes before the user types: a review follows its election by weeks or months. */
const RECENT_DAYS = 120;

type Props = Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>;

interface Choice {
  value: string;
  label: string;
}

function recentFrom(today: Date): string {
  return new Date(today.getTime() - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/**
 * An election picker that finds any election by name or country code on the server. Before anything
 * is typed it offers the recent and upcoming ones. A whole calendar (about 70 national elections a
 * year) does not fit one list, and the first hundred by date left the coming ones out.
 */
export function ElectionSelect({ value, onChange, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search.trim(), 250);
  // The picked election keeps its label when the list shows others; it is left out while the user
  // searches for something else.
  const [picked, setPicked] = useState<Choice | null>(null);
  const { data, previousData } = useQuery(electionChoicesQuery, {
    variables: {
      filter: typed && typed !== picked?.label ? { search: typed } : { from: recentFrom(new Date()) },
    },
  });
  const found: Choice[] = ((data ?? previousData)?.elections.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} (${node.countryCode}, ${node.electionDay})`,
  }));
  const searching = search.trim() !== '' && search !== picked?.label;
  const choices =
    picked && !searching && !found.some((choice) => choice.value === picked.value)
      ? [picked, ...found]
      : found;
  return (
    <Select
      {...props}
      value={value}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server matched already; Mantine's own filter would hide what it found by country code.
      filter={({ options }) => options}
      // Names and codes are in Latin script: isolated, an Arabic page keeps their brackets in place.
      renderOption={({ option }) => <span dir="auto">{option.label}</span>}
      data={choices}
      onChange={(id, option) => {
        setPicked(id ? option : null);
        onChange?.(id, option);
      }}
    />
  );
}
