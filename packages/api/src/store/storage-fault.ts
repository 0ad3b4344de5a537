import { dirname } from "node:path";
import Database from "better-sqlite3";
import { CsiError } from "../errors";

/** What the store was doing when SQLite failed. */
export type StorageAction = "open" | "write to";

/**
 * The {@link CsiError} (code `database`) for a failure of the database file itself: read-only, full,
 * moved, damaged, or a disk error. Each message names the file, says what happened and what to do.
 * `undefined` for any other error (a constraint, a busy database), which the caller handles.
 */
export function storageFault(
  cause: unknown,
  path: string,
  action: StorageAction,
): CsiError | undefined {
  if (!(cause instanceof Database.SqliteError)) return undefined;
  const what = describe(cause, path, action);
  if (what === undefined) return undefined;
  return new CsiError(
    "database",
    `cannot ${action} the database ${path}: ${what}`,
    {
      cause,
    },
  );
}

function describe(
  cause: InstanceType<typeof Database.SqliteError>,
  path: string,
  action: StorageAction,
): string | undefined {
  const code = cause.code;
  // Nothing of the failed write was kept: each write is one transaction, rolled back whole.
  const nothingLost =
    action === "write to"
      ? "nothing of this change was stored, and what was stored before is intact"
      : "nothing was changed";
  if (code === "SQLITE_READONLY_DIRECTORY")
    return `its folder ${dirname(path)} is read-only, and SQLite needs to create its journal files (-wal, -shm) beside the database; ${nothingLost}. Make the folder writable, or move the database to a folder you can write`;
  if (code === "SQLITE_READONLY_DBMOVED")
    return `the file was moved or deleted while it was open; ${nothingLost}. Open it again from its new place`;
  if (code.startsWith("SQLITE_READONLY"))
    return `it is read-only (${cause.message}); ${nothingLost}. Check the permissions of the file, its -wal and -shm files and its folder, or use a copy you can write`;
  if (code === "SQLITE_FULL")
    return `the database or disk is full; ${nothingLost}. Free some disk space, then try again`;
  if (code.startsWith("SQLITE_IOERR"))
    return `the disk reported an input/output error (${code}); ${nothingLost}. Check the disk, then try again`;
  if (code.startsWith("SQLITE_CANTOPEN"))
    return `SQLite cannot open or create the file (${cause.message}). Check that its folder exists and that you may read and write the file and the folder`;
  if (code === "SQLITE_PERM" || code === "SQLITE_AUTH")
    return `the system refused access (${cause.message}). Check the permissions of the file and its folder`;
  if (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB")
    return `the file is damaged or is not a csi database (${cause.message}). Restore it from a copy, or use another file`;
  return undefined;
}
