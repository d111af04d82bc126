import { type Bind } from '../core/policy/sql-bind.js';

/** Positional parameters for hand-written SQL, so policy scopes and filters compose without counting. */
export class SqlParams {
  readonly values: unknown[] = [];

  readonly bind: Bind = (value) => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}
