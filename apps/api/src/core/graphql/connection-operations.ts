/**
 * A connection's operations by id, with the interface of the Map it replaces. Nearly every
 * connection holds one operation at a time (a tab's subscription): that one is kept in two fields,
 * and a Map, which takes ~180 bytes even for one entry, exists only while there are more.
 */
export class ConnectionOperations<V> {
  private soleId: string | null = null;
  private sole: V | undefined = undefined;
  private more: Map<string, V> | null = null;

  get size(): number {
    return (this.soleId === null ? 0 : 1) + (this.more?.size ?? 0);
  }

  has(id: string): boolean {
    return id === this.soleId || (this.more?.has(id) ?? false);
  }

  get(id: string): V | undefined {
    return id === this.soleId ? this.sole : this.more?.get(id);
  }

  set(id: string, value: V): void {
    if (id === this.soleId || (this.soleId === null && !this.more?.has(id))) {
      this.soleId = id;
      this.sole = value;
    } else (this.more ??= new Map()).set(id, value);
  }

  delete(id: string): void {
    if (id === this.soleId) {
      this.soleId = null;
      this.sole = undefined;
    } else if (this.more?.delete(id) && this.more.size === 0) this.more = null;
  }

  clear(): void {
    this.soleId = null;
    this.sole = undefined;
    this.more = null;
  }

  values(): V[] {
    const values = this.more ? [...this.more.values()] : [];
    if (this.soleId !== null) values.push(this.sole as V);
    return values;
  }
}
