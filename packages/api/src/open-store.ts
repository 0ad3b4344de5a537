import { loadCorpus } from "./corpus/load-corpus";
import { openSqliteStore, type SqliteStoreOptions } from "./store/sqlite-store";
import type { Store } from "./store/store";

/** Options for {@link openStore}. */
export interface OpenStoreOptions extends SqliteStoreOptions {
  /** Load the bundled corpus when the database holds no documents (default `true`). */
  readonly loadCorpus?: boolean;
}

/**
 * Opens the store at `path` (creating and migrating the database when needed). A database with no
 * documents gets the bundled corpus (register snapshot and seed articles), so a new user never sees an
 * empty product.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = openSqliteStore(options);
  try {
    if (options.loadCorpus !== false && store.counts().documents === 0) await loadCorpus(store);
  } catch (cause) {
    store.close();
    throw cause;
  }
  return store;
}
