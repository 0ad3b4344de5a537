import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { version } from "../package.json";
import { assertBuilt, runCsi } from "./run-csi";
import { copyTemplateDb, type TempDb } from "./temp-db";

const FIXTURES = join(import.meta.dirname, "fixtures");
const TEXT = join(FIXTURES, "westminster-2019.txt");
const HTML = join(FIXTURES, "westminster-2019.html");

const EvidenceSchema = z.object({
  source: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
});
const GRADE = z.enum([
  "outstanding",
  "good",
  "requires-improvement",
  "inadequate",
]);
const ParsedFileSchema = z.strictObject({
  source: z.string(),
  format: z.enum(["text", "html", "pdf"]),
  title: z.string().nullable(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  inspections: z.array(
    z.object({
      authority: z.object({
        gss: z.string(),
        name: z.string(),
        laCode: z.string(),
      }),
      type: z.string(),
      date: z.string(),
      judgements: z.array(
        z.object({
          area: z.string(),
          grade: GRADE,
          evidence: z.array(EvidenceSchema),
        }),
      ),
      evidence: z.array(EvidenceSchema),
    }),
  ),
  diagnostics: z.array(
    z.object({
      message: z.string(),
      severity: z.enum(["error", "warning", "info"]),
      ruleId: z.string(),
    }),
  ),
  parserVersion: z.string().min(1),
  text: z.string().optional(),
});
const ParseOutputSchema = z.array(ParsedFileSchema);

let db: TempDb;
let env: Record<string, string>;

beforeAll(() => {
  assertBuilt();
  db = copyTemplateDb();
  env = { CSI_DB: db.path, HOME: db.dir };
});
afterAll(() => db.cleanup());

/** A user error: exit 1, one line of what went wrong, one line of what to try. */
function expectUserError(
  result: { code: number; stderr: string },
  what: RegExp,
  hint: RegExp,
) {
  expect(result.code).toBe(1);
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines.at(-2)).toMatch(/^csi: /);
  expect(lines.at(-2)).toMatch(what);
  expect(lines.at(-1)).toMatch(hint);
}

describe("csi --version and --help", () => {
  it("prints the package version", async () => {
    const result = await runCsi(["--version"], env);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each([
    "parse",
    "ingest",
    "list",
    "show",
    "search",
    "export",
    "db",
    "import-register",
  ])("has --help for %s", async (command) => {
    const result = await runCsi([command, "--help"], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: csi ${command} `));
  });

  it("lists every command in the top-level help", async () => {
    const result = await runCsi(["--help"], env);
    for (const command of [
      "parse",
      "ingest",
      "list",
      "show",
      "search",
      "export",
      "db",
      "import-register",
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
  });
});

describe("csi parse", () => {
  it("prints one JSON array with an entry per file, sources as given, without the text", async () => {
    const result = await runCsi(
      ["parse", "--json", "test/fixtures/westminster-2019.txt", HTML],
      env,
      { cwd: join(import.meta.dirname, "..") },
    );
    expect(result.code).toBe(0);
    const output = ParseOutputSchema.parse(JSON.parse(result.stdout));
    expect(output.map((entry) => [entry.source, entry.format])).toEqual([
      ["test/fixtures/westminster-2019.txt", "text"],
      [HTML, "html"],
    ]);
    expect(Object.keys(output[0] ?? {})).toEqual([
      "source",
      "format",
      "title",
      "published",
      "inspections",
      "diagnostics",
      "parserVersion",
    ]);
    const westminster = output[0]?.inspections.find(
      (i) => i.authority.gss === "E09000033",
    );
    expect(westminster?.judgements.map((j) => j.grade)).toContain(
      "outstanding",
    );
  });

  it("includes the text with --text, and every evidence quote is the text at its offsets", async () => {
    const result = await runCsi(["parse", "--json", "--text", TEXT], env);
    const [entry] = ParseOutputSchema.parse(JSON.parse(result.stdout));
    const text = entry?.text ?? "";
    expect(text).toBe(readFileSync(TEXT, "utf8"));
    const evidence =
      entry?.inspections.flatMap((i) => [
        ...i.evidence,
        ...i.judgements.flatMap((j) => j.evidence),
      ]) ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it("uses --published when the text has no date", async () => {
    const undated = join(db.dir, "undated.txt");
    writeFileSync(
      undated,
      "Ofsted rated Barnet's children's services outstanding.\n",
    );
    const [entry] = ParseOutputSchema.parse(
      JSON.parse(
        (
          await runCsi(
            ["parse", "--json", "--published", "2021-07-22", undated],
            env,
          )
        ).stdout,
      ),
    );
    expect(entry?.published).toBe("2021-07-22");
  });

  it("reads a saved web page in a .txt file as HTML, unless --format text says otherwise", async () => {
    const saved = join(db.dir, "saved-page.txt");
    writeFileSync(
      saved,
      readFileSync(
        join(import.meta.dirname, "fixtures", "westminster-2019.html"),
      ),
    );
    const parse = async (...flags: string[]) =>
      ParseOutputSchema.parse(
        JSON.parse(
          (await runCsi(["parse", "--json", ...flags, saved], env)).stdout,
        ),
      )[0];
    const auto = await parse();
    expect(auto?.format).toBe("html");
    expect(auto?.inspections.length).toBeGreaterThan(0);
    expect((await parse("--format", "text"))?.format).toBe("text");
  });

  it("reports a missing and an unsupported file by name on stderr, still prints the others, and exits 1", async () => {
    const binary = join(db.dir, "report.docx");
    writeFileSync(
      binary,
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]),
    );
    const result = await runCsi(
      ["parse", "--json", "missing-article.txt", TEXT, binary],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("csi: no such file: missing-article.txt\n");
    expect(result.stderr).toContain(
      `csi: ${binary} is not a text, HTML or PDF document\n`,
    );
    expect(
      ParseOutputSchema.parse(JSON.parse(result.stdout)).map((e) => e.source),
    ).toEqual([TEXT]);
  });

  it("prints a readable summary without --json", async () => {
    const result = await runCsi(["parse", TEXT], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Westminster \(E09000033\)/);
    expect(result.stdout).toMatch(/overall-effectiveness: outstanding/);
  });

  it.each([
    [["parse"], /missing required argument 'files'/, /csi parse --help/],
    [
      ["parse", "--json", "--published", "2021-02-30", TEXT],
      /--published is not a calendar date/,
      /csi parse --help/,
    ],
    [
      ["parse", "--format", "docx", TEXT],
      /argument 'docx' is invalid/,
      /csi parse --help/,
    ],
  ])("rejects bad arguments %j with a hint", async (args, what, hint) => {
    expectUserError(await runCsi(args, env), what, hint);
  });
});

describe("csi list", () => {
  const RowSchema = z.object({
    gss: z.string().regex(/^E\d{8}$/),
    name: z.string(),
    region: z.string(),
    latest: z
      .object({
        date: z.string(),
        judgements: z.array(z.object({ area: z.string(), grade: GRADE })),
      })
      .nullable(),
  });

  it("prints every current authority as JSON", async () => {
    const result = await runCsi(["list", "--json"], env);
    const rows = z.array(RowSchema).parse(JSON.parse(result.stdout));
    expect(rows.length).toBeGreaterThan(150);
    expect(rows.map((r) => r.name)).toContain("Kensington and Chelsea");
  });

  it("filters by region and grade, case-insensitively", async () => {
    const rows = z
      .array(RowSchema)
      .parse(
        JSON.parse(
          (
            await runCsi(
              [
                "list",
                "--region",
                "london",
                "--grade",
                "outstanding",
                "--json",
              ],
              env,
            )
          ).stdout,
        ),
      );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.region).toBe("London");
      expect(
        row.latest?.judgements.find((j) => j.area === "overall-effectiveness")
          ?.grade,
      ).toBe("outstanding");
    }
  });

  it("prints CSV with a header and one row per authority", async () => {
    const json = z
      .array(RowSchema)
      .parse(JSON.parse((await runCsi(["list", "--json"], env)).stdout));
    const csv = (await runCsi(["list", "--csv"], env)).stdout
      .trimEnd()
      .split("\r\n");
    expect(csv[0]).toBe(
      "gss,la_code,name,region,latest_date,latest_type,framework,overall_effectiveness,leadership,help_and_protection,children_in_care,care_leavers",
    );
    expect(csv).toHaveLength(json.length + 1);
  });

  it("prints aligned text when piped, and so does csi with no command", async () => {
    const list = await runCsi(["list"], env);
    expect(list.stdout).toMatch(
      /^Authority +Region +Overall effectiveness \(latest\) +Inspected +GSS\n/,
    );
    expect(list.stdout).toMatch(
      /^Kensington and Chelsea +London +(Outstanding|Good|Requires improvement|Inadequate) +\d{4}/m,
    );
    const bare = await runCsi([], env);
    expect(bare).toMatchObject({ code: 0, stdout: list.stdout });
  });

  it.each([
    [
      ["list", "--grade", "excellent"],
      /--grade takes outstanding, good/,
      /csi list --help/,
    ],
    [["list", "--region", "Narnia"], /no region called "Narnia"/, /London/],
    [
      ["list", "--json", "--csv"],
      /choose one of --json and --csv/,
      /csi list --help/,
    ],
    [["list", "--bogus"], /unknown option '--bogus'/, /csi list --help/],
    [["frobnicate"], /unknown command 'frobnicate'/, /csi --help/],
    [["lsit"], /unknown command 'lsit'/, /Did you mean `csi list`\?/],
  ])("rejects bad arguments %j with a hint", async (args, what, hint) => {
    expectUserError(await runCsi(args, env), what, hint);
  });
});

describe("csi show, search and export", () => {
  it("shows an authority's judgements with quotes", async () => {
    const result = await runCsi(["show", "RBKC"], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Kensington and Chelsea \(E09000020 · LA \d+ · London\)/,
    );
    expect(result.stdout).toMatch(
      /Overall effectiveness +Outstanding\n +“[^”]+” \(/,
    );
  });

  it("shows an authority as JSON with evidence for every judgement", async () => {
    const result = await runCsi(["show", "E09000020", "--json"], env);
    const parsed = z
      .object({
        authority: z.object({ gss: z.literal("E09000020") }),
        inspections: z
          .array(
            z.object({
              id: z.string(),
              judgements: z.array(
                z.object({
                  grade: GRADE,
                  evidence: z.array(z.object({ quote: z.string() })).min(1),
                }),
              ),
            }),
          )
          .min(1),
      })
      .parse(JSON.parse(result.stdout));
    expect(parsed.inspections.some((i) => i.judgements.length > 0)).toBe(true);
  });

  it("names an authority it cannot find and points to csi list", async () => {
    expectUserError(
      await runCsi(["show", "Narnia"], env),
      /no authority with code or name "Narnia"/,
      /csi list/,
    );
  });

  it("searches the documents' text", async () => {
    const result = await runCsi(["search", '"tri-borough"'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\d+ documents? match(es)? “"tri-borough"”/);
    expect(result.stdout).toMatch(/\[[Tt]ri-borough\]/);
  });

  it("rejects a search query SQLite cannot run", async () => {
    expectUserError(
      await runCsi(["search", '"unclosed'], env),
      /is not valid/,
      /csi search --help/,
    );
  });

  it("exports CSV with a header and one row per judgement", async () => {
    const csv = await runCsi(["export", "--format", "csv"], env);
    const json = await runCsi(["export", "--format", "json"], env);
    const rows = z
      .array(
        z.object({
          gss: z.string(),
          area: z.string(),
          grade: GRADE,
          citations: z.array(z.string()),
        }),
      )
      .parse(JSON.parse(json.stdout));
    const stats = z
      .object({ judgements: z.number() })
      .parse(JSON.parse((await runCsi(["db", "stats", "--json"], env)).stdout));
    const lines = csv.stdout.trimEnd().split("\r\n");
    expect(
      lines[0]?.startsWith(
        "gss,la_code,authority,region,inspection_id,type,framework,date",
      ),
    ).toBe(true);
    expect(rows).toHaveLength(stats.judgements);
    // Cells may hold quoted line breaks, so count records by their leading GSS code.
    expect(lines.filter((line) => /^E\d{8},/.test(line))).toHaveLength(
      rows.length,
    );
  });

  it("writes an export to a file with -o", async () => {
    const out = join(db.dir, "latest.csv");
    const result = await runCsi(
      ["export", "--scope", "latest", "-o", out],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Wrote \d+ judgements to /);
    expect(readFileSync(out, "utf8")).toMatch(/^gss,la_code,authority/);
  });
});

describe("csi db, ingest and import-register", () => {
  it("prints the database path from CSI_DB", async () => {
    expect((await runCsi(["db", "path"], env)).stdout).toBe(`${db.path}\n`);
  });

  it("checks the database", async () => {
    const result = await runCsi(["db", "check"], env);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`${db.path}: ok`);
  });

  it("ingests a folder with one summary line, skips what it cannot read with a reason, and stores content once", async () => {
    const folder = join(db.dir, "incoming");
    mkdirSync(folder);
    writeFileSync(join(folder, "westminster.txt"), readFileSync(TEXT));
    writeFileSync(
      join(folder, "photo.jpg"),
      Buffer.from([0xff, 0xd8, 0xff, 0x00]),
    );
    const first = await runCsi(["ingest", folder], env);
    expect(first).toMatchObject({
      code: 0,
      stdout: "2 files: 1 new, 0 already stored, 1 skipped\n",
    });
    expect(first.stderr).toMatch(
      /^skipped: .*photo\.jpg: .*not a supported type/m,
    );
    const again = await runCsi(
      ["ingest", "--json", join(folder, "westminster.txt")],
      env,
    );
    const summary = z
      .object({
        ingest: z.object({
          total: z.literal(1),
          stored: z.literal(0),
          unchanged: z.literal(1),
          outcomes: z.array(z.object({ status: z.literal("unchanged") })),
        }),
      })
      .parse(JSON.parse(again.stdout));
    expect(summary.ingest.outcomes).toHaveLength(1);
  });

  it("reports a missing path by name and exits 1", async () => {
    const result = await runCsi(["ingest", "no-such-folder"], env);
    expectUserError(result, /could not read no-such-folder/, /Check the path/);
    expect(result.stdout).toBe("1 file: 0 new, 0 already stored, 1 skipped\n");
  });

  it("asks for a path when given none", async () => {
    expectUserError(
      await runCsi(["ingest"], env),
      /no file or folder to ingest/,
      /csi ingest \.\/articles/,
    );
  });

  it("reports a missing register file by name", async () => {
    expectUserError(
      await runCsi(["import-register", "register-2027.csv"], env),
      /no such file: register-2027\.csv/,
      /register CSV/,
    );
  });

  it("rejects a register without the expected columns", async () => {
    const bad = join(db.dir, "bad-register.csv");
    writeFileSync(bad, "name,grade\nBarnet,good\n");
    const result = await runCsi(["import-register", bad], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^csi: /);
  });
});
