import "server-only";

import { openStore, resolveDbPath, type Store } from "@csi/api";
import { env } from "~/env";

let store: Promise<Store> | undefined;

/** The one store of this server process, opened (and given the bundled corpus if new) on first use. */
export function getStore(): Promise<Store> {
  store ??= (async () => {
    const path = resolveDbPath(env);
    if (!path)
      throw new Error(
        "no database path: set CSI_DB (or HOME or XDG_DATA_HOME) to say where the database lives",
      );
    return openStore({ path });
  })();
  return store;
}
