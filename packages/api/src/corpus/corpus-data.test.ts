import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "../store/migrations-data";
import { REGISTER_SNAPSHOT, SEED_ARTICLES } from "./corpus-data";

const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const HINT = "run node scripts/embed-data.mjs";

describe("embedded data", () => {
  it("holds exactly the seed articles in data/seeds", () => {
    const files = readdirSync(join(root, "data", "seeds"))
      .filter((name) => name.endsWith(".txt"))
      .sort();
    expect(
      SEED_ARTICLES.map((a) => a.name),
      HINT,
    ).toEqual(files);
    for (const article of SEED_ARTICLES)
      expect(article.text, HINT).toBe(read(`data/seeds/${article.name}`));
  });

  it("holds exactly the register snapshot in data/", () => {
    expect(REGISTER_SNAPSHOT.text, HINT).toBe(
      read(`data/${REGISTER_SNAPSHOT.name}`),
    );
  });

  it("holds exactly the migrations in drizzle/, in journal order", () => {
    const journal = JSON.parse(read("drizzle/meta/_journal.json")) as {
      entries: { tag: string }[];
    };
    expect(
      MIGRATIONS.map((m) => m.tag),
      HINT,
    ).toEqual(journal.entries.map((e) => e.tag));
    for (const migration of MIGRATIONS)
      expect(migration.sql, HINT).toBe(read(`drizzle/${migration.tag}.sql`));
  });
});
