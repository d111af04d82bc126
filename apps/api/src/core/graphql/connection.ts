import { type Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@ecw/domain';
import { invalidInput } from '../errors/domain.exception.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type (Relay style, as the contract does). */
export function connectionOf<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return Connection;
}

/** `first` defaults to 20 and may not exceed 100 (the same on every transport). */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return LIMITS.pageSizeDefault;
  if (!Number.isInteger(first) || first < 0 || first > LIMITS.pageSizeMax) {
    throw invalidInput([{ field: 'first', message: 'field.first', params: { max: LIMITS.pageSizeMax } }]);
  }
  return first;
}

/** Cursors are opaque to clients: the sort key of the last row, encoded. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor == null) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the field error
  }
  throw invalidInput([{ field: 'after', message: 'field.cursor' }]);
}

/** Turns rows fetched with `limit + 1` into a connection. */
export function toConnection<Row, Node>(
  rows: Row[],
  limit: number,
  totalCount: number,
  cursorOf: (row: Row) => (string | number)[],
  toNode: (row: Row) => Node,
): ConnectionShape<Node> {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
