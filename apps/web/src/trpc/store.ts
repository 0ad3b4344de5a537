// No `import "server-only"` here: the Pages Router API routes (src/pages/api) use this module too, and
// that marker only passes under the App Router's server graph. A client bundle cannot load
// better-sqlite3 either way.
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

let thisTurn: string | undefined;

/**
 * The database revision (`Store.revision()`), read once per turn of the event loop and shared by the
 * requests handled in that turn. Each read compiles a statement, a measurable part of answering from
 * memory when many requests arrive together. A commit shows from the next turn on, as if it had
 * landed just after the requests of this one; a client that waits for its write's answer before
 * reading always sees it.
 */
export async function currentRevision(): Promise<string> {
  const opened = await getStore();
  if (thisTurn === undefined) {
    thisTurn = opened.revision();
    setImmediate(() => {
      thisTurn = undefined;
    });
  }
  return thisTurn;
}
