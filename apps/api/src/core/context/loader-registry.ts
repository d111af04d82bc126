import type DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use. Features key their loaders with a symbol they own,
 * so batching and caching never cross requests (or viewers).
 */
export class LoaderRegistry {
  // Created on first use too: a socket's operations often never load anything.
  private loaders: Map<symbol, DataLoader<unknown, unknown>> | null = null;

  get<K, V>(key: symbol, create: () => DataLoader<K, V>): DataLoader<K, V> {
    this.loaders ??= new Map();
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}
