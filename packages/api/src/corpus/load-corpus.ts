import { ingestDocument, type IngestOutcome } from "../ingest/ingest-document";
import {
  importRegister,
  type ImportRegisterOutcome,
} from "../ingest/import-register";
import type { Store } from "../store/store";
import { REGISTER_SNAPSHOT, SEED_ARTICLES } from "./corpus-data";

/** What loading the bundled corpus did. */
export interface CorpusOutcome {
  readonly register: ImportRegisterOutcome;
  readonly articles: readonly IngestOutcome[];
}

/**
 * Loads the bundled corpus (the register snapshot, then the seed articles) into the store. Safe to run
 * again or from two processes at once: every document is idempotent by content.
 */
export async function loadCorpus(store: Store): Promise<CorpusOutcome> {
  const register = importRegister(store, REGISTER_SNAPSHOT);
  const articles: IngestOutcome[] = [];
  for (const seed of SEED_ARTICLES) {
    articles.push(
      await ingestDocument(store, {
        content: seed.text,
        source: seed.name,
        format: "text",
      }),
    );
  }
  return { register, articles };
}
