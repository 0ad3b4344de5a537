import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@csi/api";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** A database with the bundled corpus loaded, for tests to copy. */
    templateDb: string;
  }
}

/** Builds one database with the bundled corpus for the whole run; each test file copies it. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "csi-cli-template-"));
  const path = join(dir, "csi.sqlite");
  const store = await openStore({ path });
  store.close();
  project.provide("templateDb", path);
  return () => rmSync(dir, { recursive: true, force: true });
}
