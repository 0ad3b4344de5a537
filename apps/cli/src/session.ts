import {
  createCaller,
  createContext,
  isCsiError,
  openStore,
  resolveDbPath,
} from "@csi/api";
import type { Session } from "./api-types";
import { UsageError } from "./usage-error";

/** Where the database lives, from `CSI_DB`, `XDG_DATA_HOME` or `HOME`. */
export function dbPathFrom(env: NodeJS.ProcessEnv): string {
  const path = resolveDbPath(env);
  if (path === undefined) {
    throw new UsageError(
      "no-database-path",
      "cannot tell where the database is: CSI_DB, XDG_DATA_HOME and HOME are all unset",
      "Set CSI_DB to a file path, for example `CSI_DB=./csi.sqlite csi`.",
    );
  }
  return path;
}

/**
 * Opens the database the web app shares (creating it, with the bundled corpus, on first use) and a
 * caller over it. A database that cannot be opened is the user's to fix, so it is a {@link UsageError}.
 */
export async function openSession(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Session> {
  const dbPath = dbPathFrom(env);
  try {
    const store = await openStore({ path: dbPath });
    return {
      caller: createCaller(createContext({ store })),
      store,
      dbPath,
      close: () => store.close(),
    };
  } catch (error) {
    if (
      isCsiError(error) &&
      (error.code === "database" || error.code === "migration")
    ) {
      throw new UsageError(
        "database",
        error.message,
        "Check CSI_DB points to a csi database file (or a new path), then try again.",
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}
