import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Proves the package works outside this repo: build the current source into a staging folder, `npm pack`
// it, lint the tarball with publint and attw, install it into a temporary project outside the repo, and
// use it from plain node (ESM and CJS) and from tsc (node16 and bundler resolution).

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = resolve(packageDir, "../..");
const TIMEOUT = 240_000;

/** The installed folder of a dev tool, looked up the way node does, from this package upwards. */
function toolDir(name: string): string {
  for (let dir = packageDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}

/** The path of a tool's command-line script, from its package.json `bin`. */
function toolBin(name: string, command: string): string {
  const dir = toolDir(name);
  const { bin } = JSON.parse(
    readFileSync(join(dir, "package.json"), "utf8"),
  ) as { bin: string | Record<string, string> };
  const path = typeof bin === "string" ? bin : bin[command];
  if (!path) throw new Error(`${name} has no ${command} command`);
  return join(dir, path);
}

// npm, when it runs this test, exports settings for the repo's workspace; the temp project needs none of them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !key.startsWith("npm_") ||
      [
        "npm_config_cache",
        "npm_config_registry",
        "npm_config_userconfig",
      ].includes(key),
  ),
);

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      timeout: TIMEOUT,
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as {
      stdout?: string;
      stderr?: string;
    };
    throw new Error(
      `${command} ${args.join(" ")} failed in ${cwd}\n${stdout}\n${stderr}`,
      { cause: error },
    );
  }
}

const runNode = (args: readonly string[], cwd: string): string =>
  run(process.execPath, args, cwd);

let work = "";
let tarball = "";
let consumer = "";

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), "csi-domain-pack-")));
  const stage = join(work, "stage");
  runNode(
    [toolBin("tsup", "tsup"), "--out-dir", join(stage, "dist")],
    packageDir,
  );
  copyFileSync(join(packageDir, "package.json"), join(stage, "package.json"));
  copyFileSync(join(packageDir, "README.md"), join(stage, "README.md"));
  const [packed] = JSON.parse(
    run("npm", ["pack", "--json", "--pack-destination", work], stage),
  ) as [{ filename: string }];
  tarball = join(work, packed.filename);

  consumer = join(work, "consumer");
  mkdirSync(consumer);
  writeFileSync(
    join(consumer, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }),
  );
  run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--no-package-lock",
      "--ignore-scripts",
      tarball,
    ],
    consumer,
  );
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed package", { timeout: TIMEOUT }, () => {
  it("is installed outside the repository", () => {
    expect(consumer.startsWith(repoDir)).toBe(false);
    expect(
      existsSync(join(consumer, "node_modules/@csi/domain/dist/index.cjs")),
    ).toBe(true);
  });

  it("ships the build, the types for both formats and the README, and no source", () => {
    const listed = JSON.parse(
      run("npm", ["pack", "--dry-run", "--json", tarball], work),
    ) as [{ files: { path: string }[] }];
    const files = listed[0].files.map((f) => f.path).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        "README.md",
        "dist/index.cjs",
        "dist/index.d.cts",
        "dist/index.d.ts",
        "dist/index.js",
        "package.json",
      ]),
    );
    expect(
      files.filter(
        (f) =>
          f.startsWith("src/") ||
          f.startsWith("test/") ||
          f.startsWith("data/"),
      ),
    ).toEqual([]);
  });

  it("imports as ESM from plain node", () => {
    const out = runNode(
      [
        "--input-type=module",
        "-e",
        `import { findAuthority, reconcile, frameworkAt } from "@csi/domain";
         console.log(JSON.stringify({ gss: findAuthority("RBKC")?.gss, framework: frameworkAt("2019")?.id, merged: reconcile([]).inspections.length, url: import.meta.resolve("@csi/domain") }));`,
      ],
      consumer,
    );
    const result = JSON.parse(out) as {
      gss: string;
      framework: string;
      merged: number;
      url: string;
    };
    expect(result).toMatchObject({
      gss: "E09000020",
      framework: "ilacs-2018",
      merged: 0,
    });
    expect(result.url).toMatch(/node_modules\/@csi\/domain\/dist\/index\.js$/);
  });

  it("runs the README example as written", () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    const example = /## Use\n+```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const expected = example
      .split("\n")
      .filter((line) => line.startsWith("// "))
      .map((line) => line.slice(3));
    expect(expected.length).toBeGreaterThan(0);
    const out = runNode(["--input-type=module", "-e", example], consumer);
    expect(out.trim().split("\n").slice(-expected.length)).toEqual(expected);
  });

  it("requires as CJS from plain node", () => {
    const out = runNode(
      [
        "-e",
        `const domain = require("@csi/domain");
         console.log(JSON.stringify({ gss: domain.findAuthority("RBKC").gss, count: domain.CURRENT_AUTHORITIES.length, path: require.resolve("@csi/domain") }));`,
      ],
      consumer,
    );
    const result = JSON.parse(out) as {
      gss: string;
      count: number;
      path: string;
    };
    expect(result).toMatchObject({ gss: "E09000020", count: 153 });
    expect(result.path).toMatch(
      /node_modules\/@csi\/domain\/dist\/index\.cjs$/,
    );
  });

  it.each([
    [
      "node16",
      { module: "node16", moduleResolution: "node16" },
      ["esm.ts", "cjs.cts"],
    ],
    [
      "bundler",
      { module: "preserve", moduleResolution: "bundler" },
      ["esm.ts"],
    ],
  ])("type-checks a consumer with %s resolution", (name, options, files) => {
    const body = `
const gss: string | undefined = domain.findAuthority("RBKC")?.gss;
const grade: domain.Grade = "good";
// @ts-expect-error "adequate" is not an Ofsted grade the package knows
const wrong: domain.Grade = "adequate";
const result: domain.Reconciliation = domain.reconcile([]);
const parsed = domain.GradeSchema.safeParse("inadequate");
export const used = [gss, grade, wrong, result, parsed.success];
`;
    writeFileSync(
      join(consumer, "esm.ts"),
      `import * as domain from "@csi/domain";\n${body}`,
    );
    writeFileSync(
      join(consumer, "cjs.cts"),
      `import domain = require("@csi/domain");\n${body}`,
    );
    const tsconfig = `tsconfig.${name}.json`;
    writeFileSync(
      join(consumer, tsconfig),
      JSON.stringify({
        compilerOptions: {
          ...options,
          target: "es2022",
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files,
      }),
    );
    expect(
      runNode([toolBin("typescript", "tsc"), "-p", tsconfig], consumer),
    ).toBe("");
  });

  it("passes publint and attw with no problems", () => {
    const publint = runNode(
      [toolBin("publint", "publint"), "run", tarball, "--strict"],
      work,
    );
    expect(publint).toContain("All good!");
    const attw = JSON.parse(
      runNode(
        [toolBin("@arethetypeswrong/cli", "attw"), tarball, "--format", "json"],
        work,
      ),
    ) as {
      problems: Record<string, unknown> | unknown[];
    };
    expect(Object.keys(attw.problems)).toEqual([]);
  });
});
