/** @jest-environment jsdom */
import { describe, expect, it } from '@jest/globals';
import { Table } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { renderInApp } from '../../testing/render-in-app';
import { DataTable, type DataColumn } from './DataTable';

interface Token {
  id: string;
  name: string;
  uses: number;
}

const tokens: Token[] = [
  { id: 't1', name: 'CI deploy', uses: 3 },
  { id: 't2', name: 'Nightly export', uses: 0 },
];

const columns: DataColumn<Token>[] = [
  { key: 'name', header: 'Name', rowHeader: true, cell: (token) => token.name },
  { key: 'uses', header: 'Uses', cell: (token) => String(token.uses) },
];

describe('DataTable', () => {
  it('gives every column a header and names each row by its row-header cell', () => {
    renderInApp(<DataTable columns={columns} rows={tokens} rowKey={(token) => token.id} minWidth={400} />);
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'Uses']);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'CI deploy',
      'Nightly export',
    ]);
    const nightly = screen.getByRole('row', { name: /Nightly export/ });
    expect(within(nightly).getByRole('cell').textContent).toBe('0');
  });

  it('lets rows with their own state render themselves under the same headers', () => {
    renderInApp(
      <DataTable
        columns={[{ key: 'name', header: 'Name' }]}
        rows={tokens}
        rowKey={(token) => token.id}
        minWidth={400}
        renderRow={(token: Token) => (
          <Table.Tr>
            <Table.Td>{token.name.toUpperCase()}</Table.Td>
          </Table.Tr>
        )}
      />,
    );
    expect(screen.getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'CI DEPLOY',
      'NIGHTLY EXPORT',
    ]);
  });
});
