import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { version } from "../package.json";
import { assertBuilt } from "./run-csi";

const CLI_DIR = join(import.meta.dirname, "..");

// Packing and installing compiles better-sqlite3 from source, which takes minutes on a small machine.
describe("the packed csi", { timeout: 300_000 }, () => {
  let dir: string;
  let bin: string;

  beforeAll(() => {
    assertBuilt();
    dir = mkdtempSync(join(tmpdir(), "csi-pack-"));
    execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], {
      cwd: CLI_DIR,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
    if (!tarball) throw new Error(`npm pack wrote no tarball into ${dir}`);
    const project = join(dir, "project");
    execFileSync("mkdir", [project]);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "csi-pack-check", private: true }),
    );
    execFileSync(
      "npm",
      [
        "install",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        join(dir, tarball),
      ],
      {
        cwd: project,
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 280_000,
      },
    );
    bin = join(project, "node_modules", ".bin", "csi");
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    execFileSync(bin, args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        PATH: process.env["PATH"] ?? "/usr/bin:/bin",
        HOME: dir,
        CSI_DB: join(dir, "csi.sqlite"),
      },
    });

  it("installs into an empty folder and prints its version", () => {
    expect(run("--version")).toBe(`${version}\n`);
  });

  it("parses a text file to JSON", () => {
    writeFileSync(
      join(dir, "article.txt"),
      "Ofsted rated Westminster's children's services outstanding in July 2019.\n",
    );
    const output = JSON.parse(run("parse", "--json", "article.txt")) as {
      source: string;
      inspections: unknown[];
    }[];
    expect(output).toHaveLength(1);
    expect(output[0]?.source).toBe("article.txt");
  });

  it("opens a database with the bundled corpus", () => {
    const stats = JSON.parse(run("db", "stats", "--json")) as {
      documents: number;
      registerSnapshots: number;
      judgements: number;
    };
    expect(stats.registerSnapshots).toBeGreaterThan(0);
    expect(stats.judgements).toBeGreaterThan(100);
  });
});
