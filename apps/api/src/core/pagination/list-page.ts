import { ArgsType, Field, Int } from '@nestjs/graphql';
import { LIMITS } from '@ecw/domain';
import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { invalidInput } from '../errors/domain.exception.js';
import { pageSize } from '../graphql/connection.js';

const ROW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `first`/`after` for a field the contract returns as a plain list (so it cannot carry cursors):
 * `after` is the id of the last item the client already has. Without `first` a list gives its
 * first 100 items, so clients written before these arguments see what they saw.
 */
@ArgsType()
export class ListPageArgs {
  @Field(() => Int, { nullable: true, description: `At most ${LIMITS.pageSizeMax} (the default).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The id of the last item of the previous page.' })
  after?: string | null;
}

export interface ListOrder {
  /** The sort column (snake_case, as in SQL); the row id breaks ties in the same direction. */
  column: string;
  direction: 'ASC' | 'DESC';
}

/**
 * Orders `query` (alias `alias`, rows of `table`) by `order` then id, and limits it to the page
 * after the row `args.after`. That row is looked up among the rows `ownerColumn = ownerId`, so a
 * cursor from someone else's list is as good as an unknown one: an empty page.
 */
export function listPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  table: string,
  order: ListOrder,
  owner: { column: string; id: string },
  args: ListPageArgs,
): SelectQueryBuilder<T> {
  const limit = args.first == null ? LIMITS.pageSizeMax : pageSize(args.first);
  query
    .orderBy(`${alias}.${order.column}`, order.direction)
    .addOrderBy(`${alias}.id`, order.direction)
    .limit(limit);
  if (args.after == null) return query;
  if (!ROW_ID.test(args.after)) throw invalidInput([{ field: 'after', message: 'field.cursor' }]);
  const comparison = order.direction === 'DESC' ? '<' : '>';
  return query.andWhere(
    `(${alias}.${order.column}, ${alias}.id) ${comparison} ` +
      `(SELECT anchor.${order.column}, anchor.id FROM ${table} anchor ` +
      `WHERE anchor.id = :listPageAfter AND anchor.${owner.column} = :listPageOwner)`,
    { listPageAfter: args.after, listPageOwner: owner.id },
  );
}
