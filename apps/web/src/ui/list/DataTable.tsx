import { Table } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

export interface ColumnHeader {
  key: string;
  /** The column header, in the reader's language. */
  header: string;
}

export interface DataColumn<Row> extends ColumnHeader {
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (a name, an address): a row header for screen readers. */
  rowHeader?: boolean;
  /** Data that is always left to right (addresses, codes), even in an Arabic page. */
  dir?: 'ltr';
}

interface TableShape<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
}

type DataTableProps<Row> = TableShape<Row> &
  (
    | { columns: readonly DataColumn<Row>[]; renderRow?: undefined }
    | {
        columns: readonly ColumnHeader[];
        /** For rows that hold their own state (a role picker and its mutation): the whole `<Table.Tr>`. */
        renderRow: (row: Row) => ReactNode;
      }
  );

/** The app's table of records: striped, scrolls on narrow screens, column and row headers scoped. */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, rowKey, minWidth } = props;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {props.columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) =>
            props.renderRow ? (
              <Fragment key={rowKey(row)}>{props.renderRow(row)}</Fragment>
            ) : (
              <Table.Tr key={rowKey(row)}>
                {props.columns.map((column) =>
                  column.rowHeader ? (
                    <Table.Th key={column.key} scope="row" fw={500} dir={column.dir}>
                      {column.cell(row)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={column.key} dir={column.dir}>
                      {column.cell(row)}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
