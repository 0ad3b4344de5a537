import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import type { Session } from "../src/api-types";
import { openSession } from "../src/session";

/** A copy of the test database (bundled corpus loaded) in a fresh temporary folder. */
export interface TempDb {
  readonly dir: string;
  readonly path: string;
  cleanup(): void;
}

/** Copies the template database into a new temporary folder. */
export function copyTemplateDb(): TempDb {
  const dir = mkdtempSync(join(tmpdir(), "csi-cli-test-"));
  const path = join(dir, "csi.sqlite");
  copyFileSync(inject("templateDb"), path);
  return {
    dir,
    path,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A session (caller and store) over a private copy of the test database. */
export async function openTestSession(): Promise<Session & TempDb> {
  const db = copyTemplateDb();
  const session = await openSession({ CSI_DB: db.path });
  return {
    ...session,
    ...db,
    cleanup() {
      session.close();
      db.cleanup();
    },
  };
}
