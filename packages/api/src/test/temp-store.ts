import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCaller } from "../index";
import { openStore } from "../open-store";
import type { Store } from "../store/store";
import { createContext } from "../trpc";

/** A fixed clock for tests: every stamp is 2026-07-01T09:00:00Z. */
export const FIXED_NOW = () => new Date("2026-07-01T09:00:00.000Z");

/** A store on a real SQLite file in a fresh temporary folder, and a caller over it. */
export interface TempStore {
  readonly dir: string;
  readonly path: string;
  readonly store: Store;
  readonly caller: ReturnType<typeof createCaller>;
  /** A caller whose context may not write (a remote request without a token). */
  readonly readOnlyCaller: ReturnType<typeof createCaller>;
  cleanup(): void;
}

/** Opens a store in a temporary folder; `loadCorpus` (default true) loads the bundled corpus. */
export async function openTempStore(options: { loadCorpus?: boolean } = {}): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), "csi-api-test-"));
  const path = join(dir, "csi.sqlite");
  const store = await openStore({ path, now: FIXED_NOW, loadCorpus: options.loadCorpus ?? true });
  return {
    dir,
    path,
    store,
    caller: createCaller(createContext({ store })),
    readOnlyCaller: createCaller(createContext({ store, canWrite: false })),
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
