import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewDocument } from "../store/store";
import { runParseJob, type ParseJob } from "./parse-job";
import { findParseWorker, openParsePool, type ParsePool } from "./parse-pool";

const encode = (text: string) => new TextEncoder().encode(text);

const JOBS: readonly ParseJob[] = [
  {
    bytes: encode(
      "Ofsted inspected Westminster City Council's children's services in March 2019.\nInspectors judged the council's children's services to be good overall.\n",
    ),
    sha256: "a".repeat(64),
    source: "westminster.txt",
    format: "text",
  },
  {
    bytes: encode(
      "<html><head><title>Leeds rated outstanding</title></head><body><p>Leeds City Council's children's services have been rated outstanding by Ofsted after an inspection in January 2018.</p></body></html>",
    ),
    sha256: "b".repeat(64),
    source: "leeds.html",
    format: "auto",
  },
  {
    bytes: encode("A note about nothing in particular."),
    sha256: "c".repeat(64),
    source: "note.txt",
    format: "text",
  },
];

describe("parse pool", () => {
  let dir: string;
  const pools: ParsePool[] = [];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "csi-parse-pool-test-"));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (...args: Parameters<typeof openParsePool>) => {
    const pool = openParsePool(...args);
    pools.push(pool);
    return pool;
  };
  const script = (name: string, source: string) => {
    const path = join(dir, name);
    writeFileSync(path, source);
    return { url: pathToFileURL(path) };
  };
  const inThread = () => Promise.all(JOBS.map(runParseJob));

  it("parses on threads exactly as on this thread", async () => {
    expect(findParseWorker()).toBeDefined();
    const pool = open({ threads: 2 });
    expect(pool.threads).toBe(2);
    const replies = await Promise.all(JOBS.map((job) => pool.parse(job)));
    expect(pool.fallback).toBeUndefined();
    expect(replies).toEqual(await inThread());
    const [first, second] = replies;
    expect(first?.status).toBe("parsed");
    const document =
      first?.status === "parsed"
        ? (JSON.parse(new TextDecoder().decode(first.json)) as NewDocument)
        : undefined;
    expect(document?.inspections.length).toBeGreaterThan(0);
    expect(document?.sha256).toBe("a".repeat(64));
    // HTML keeps its original bytes (for a reparse); they stay on the calling thread.
    expect(second).toMatchObject({ status: "parsed", keepsRaw: true });
  }, 60_000);

  it("parses on this thread when its thread script cannot load, and says why", async () => {
    const pool = open({
      threads: 2,
      entry: script("broken.mjs", 'throw new Error("broken on purpose");\n'),
    });
    const replies = await Promise.all(JOBS.map((job) => pool.parse(job)));
    expect(replies).toEqual(await inThread());
    expect(pool.threads).toBe(0);
    expect(pool.fallback).toMatch(/^a parse thread failed: broken on purpose/);
  });

  it("parses again on this thread the documents a thread held when it died", async () => {
    // Takes the first document, then ends the thread without answering.
    const pool = open({
      threads: 1,
      entry: script(
        "dies.mjs",
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n',
      ),
    });
    const replies = await Promise.all(JOBS.map((job) => pool.parse(job)));
    expect(replies).toEqual(await inThread());
    expect(pool.fallback).toBe("a parse thread stopped (exit code 3)");
    // Later documents are parsed here too.
    expect(await pool.parse(JOBS[0] as ParseJob)).toEqual(
      await runParseJob(JOBS[0] as ParseJob),
    );
  });

  it("parses on this thread when asked for no threads", async () => {
    const pool = open({ threads: 0 });
    expect(pool.threads).toBe(0);
    expect(pool.fallback).toBeUndefined();
    expect(await Promise.all(JOBS.map((job) => pool.parse(job)))).toEqual(
      await inThread(),
    );
  });

  it("answers documents still waiting when it is closed", async () => {
    const pool = open({
      threads: 1,
      // Never answers.
      entry: script(
        "silent.mjs",
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => {});\n',
      ),
    });
    const pending = pool.parse(JOBS[0] as ParseJob);
    await pool.close();
    expect(await pending).toEqual({
      status: "failed",
      message: "parsing was stopped",
    });
  });
});
