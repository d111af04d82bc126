/** Adds a value to a query's parameters and returns its placeholder (`$1`, `$2`…): how positional SQL scopes compose. */
export type Bind = (value: unknown) => string;
