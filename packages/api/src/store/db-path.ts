import { join } from "node:path";

/** The environment variables that decide where the database lives. */
export interface DbPathEnv {
  readonly CSI_DB?: string | undefined;
  readonly XDG_DATA_HOME?: string | undefined;
  readonly HOME?: string | undefined;
}

/**
 * Where the database lives: `CSI_DB` when set, else `$XDG_DATA_HOME/csi/csi.sqlite`, else
 * `~/.local/share/csi/csi.sqlite`. The web app and the CLI pass their `process.env` in, so both share it.
 * `undefined` when none of the three is set.
 */
export function resolveDbPath(env: DbPathEnv): string | undefined {
  if (env.CSI_DB) return env.CSI_DB;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, "csi", "csi.sqlite");
  if (env.HOME) return join(env.HOME, ".local", "share", "csi", "csi.sqlite");
  return undefined;
}
