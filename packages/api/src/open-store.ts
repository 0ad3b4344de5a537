import { loadCorpus } from "./corpus/load-corpus";
import { openSqliteStore, type SqliteStoreOptions } from "./store/sqlite-store";
import type { Store } from "./store/store";

/** Options for {@link openStore}. */
export interface OpenStoreOptions extends SqliteStoreOptions {
  /** Load the bundled corpus if this database has not had it yet (default `true`). */
  readonly loadCorpus?: boolean;
}

const CORPUS_LOADED = "corpus-loaded";

/**
 * Opens the store at `path` (creating and migrating the database when needed). The first open of a
 * database loads the bundled corpus (register snapshot and seed articles), so a new user never sees an
 * empty product; it is loaded once per database, and a load that was interrupted completes on the
 * next open.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = openSqliteStore(options);
  try {
    // A bulk ingest that was killed may have left authorities to reconcile.
    if (store.pendingReconciles() > 0) store.reconcilePending();
    // The flag is set only once every bundled document is in, so a first run that was interrupted
    // completes the corpus next time (each document is idempotent by content).
    if (
      options.loadCorpus !== false &&
      store.getMeta(CORPUS_LOADED) === undefined
    ) {
      await loadCorpus(store);
      store.setMeta(CORPUS_LOADED, "1");
    }
  } catch (cause) {
    store.close();
    throw cause;
  }
  return store;
}
