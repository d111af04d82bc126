/** Adds a value to a query's parameters and returns its placeholder (`$1`, `$2`…). */
export type Bind = (value: unknown) => string;

/** Positional parameters for hand-written SQL, so policy scopes and filters compose without counting. */
export class SqlParams {
  readonly values: unknown[] = [];

  readonly bind: Bind = (value) => {
    this.values.push(value);
    return `$${this.values.length}`;
  };
}
