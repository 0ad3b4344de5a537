import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REGISTER_SNAPSHOT } from "./corpus/corpus-data";
import { importRegister } from "./ingest/import-register";
import { openStore } from "./open-store";
import { FIXED_NOW } from "./test/temp-store";

describe("openStore", () => {
  const dirs: string[] = [];
  const tempPath = () => {
    const dir = mkdtempSync(join(tmpdir(), "csi-open-test-"));
    dirs.push(dir);
    return join(dir, "csi.sqlite");
  };
  afterEach(() => {
    for (const dir of dirs.splice(0))
      rmSync(dir, { recursive: true, force: true });
  });

  it("loads the bundled corpus into a new database, once", async () => {
    const path = tempPath();
    const store = await openStore({ path, now: FIXED_NOW });
    expect(store.counts()).toMatchObject({
      documents: 4,
      articles: 3,
      registerSnapshots: 1,
      claims: expect.any(Number),
    });
    expect(store.listInspections({}).total).toBeGreaterThanOrEqual(153);
    store.close();
    const again = await openStore({ path, now: FIXED_NOW });
    expect(again.counts().documents).toBe(4);
    again.close();
  });

  it("completes a corpus load that was interrupted", async () => {
    const path = tempPath();
    const partial = await openStore({
      path,
      now: FIXED_NOW,
      loadCorpus: false,
    });
    importRegister(partial, REGISTER_SNAPSHOT);
    partial.close();
    const store = await openStore({ path, now: FIXED_NOW });
    expect(store.counts()).toMatchObject({ articles: 3, registerSnapshots: 1 });
    store.close();
  });

  it("leaves a database alone when told not to load the corpus", async () => {
    const store = await openStore({
      path: tempPath(),
      now: FIXED_NOW,
      loadCorpus: false,
    });
    expect(store.counts().documents).toBe(0);
    store.close();
  });
});
