import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { isCsiError } from "../errors";
import { storageFault } from "./storage-fault";

const PATH = "/data/csi/csi.sqlite";
const sqliteError = (message: string, code: string) =>
  new Database.SqliteError(message, code);

describe("storageFault", () => {
  it.each([
    [
      "SQLITE_READONLY",
      "attempt to write a readonly database",
      "write to",
      /^cannot write to the database \/data\/csi\/csi\.sqlite: it is read-only \(attempt to write a readonly database\); nothing of this change was stored, and what was stored before is intact\. Check the permissions/,
    ],
    [
      "SQLITE_READONLY_DIRECTORY",
      "attempt to write a readonly database",
      "open",
      /^cannot open the database \/data\/csi\/csi\.sqlite: its folder \/data\/csi is read-only, and SQLite needs to create its journal files/,
    ],
    [
      "SQLITE_READONLY_DBMOVED",
      "attempt to write a readonly database",
      "write to",
      /the file was moved or deleted while it was open/,
    ],
    [
      "SQLITE_FULL",
      "database or disk is full",
      "write to",
      /^cannot write to the database \/data\/csi\/csi\.sqlite: the database or disk is full; nothing of this change was stored, and what was stored before is intact\. Free some disk space/,
    ],
    [
      "SQLITE_IOERR_WRITE",
      "disk I/O error",
      "write to",
      /input\/output error \(SQLITE_IOERR_WRITE\)/,
    ],
    [
      "SQLITE_CANTOPEN",
      "unable to open database file",
      "open",
      /^cannot open the database \/data\/csi\/csi\.sqlite: SQLite cannot open or create the file \(unable to open database file\)\. Check that its folder exists/,
    ],
    [
      "SQLITE_NOTADB",
      "file is not a database",
      "open",
      /the file is damaged or is not a csi database \(file is not a database\)/,
    ],
  ] as const)(
    "%s while it tries to %s the file says so, naming the file",
    (code, message, action, expected) => {
      const cause = sqliteError(message, code);
      const fault = storageFault(cause, PATH, action);
      expect(isCsiError(fault) && fault.code).toBe("database");
      expect(fault?.message).toMatch(expected);
      expect(fault?.cause).toBe(cause);
    },
  );

  it("leaves other errors to the caller", () => {
    expect(
      storageFault(
        sqliteError("database is locked", "SQLITE_BUSY"),
        PATH,
        "write to",
      ),
    ).toBeUndefined();
    expect(
      storageFault(
        sqliteError("UNIQUE constraint failed", "SQLITE_CONSTRAINT_UNIQUE"),
        PATH,
        "write to",
      ),
    ).toBeUndefined();
    expect(storageFault(new Error("other"), PATH, "write to")).toBeUndefined();
  });
});
