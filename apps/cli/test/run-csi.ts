import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** The launcher, as users run it. */
export const BIN = join(import.meta.dirname, "..", "bin", "csi.js");

/** What a run of the binary printed and returned. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fails early, with the fix, when the bundle the binary loads has not been built. */
export function assertBuilt(): void {
  if (!existsSync(join(import.meta.dirname, "..", "dist", "cli.js"))) {
    throw new Error(
      "apps/cli/dist/cli.js is missing: run `npx tsup` in apps/cli (turbo builds it before tests)",
    );
  }
}

/** Runs `node bin/csi.js ...args` with a minimal environment plus `env`, and collects its output. */
export function runCsi(
  args: readonly string[],
  env: Record<string, string>,
  options: { cwd?: string; input?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd,
        env: {
          PATH: process.env["PATH"] ?? "/usr/bin:/bin",
          NO_COLOR: "1",
          ...env,
        },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(
            new Error(`could not run csi ${args.join(" ")}: ${error.message}`, {
              cause: error,
            }),
          );
          return;
        }
        resolve({
          code: typeof error?.code === "number" ? error.code : 0,
          stdout,
          stderr,
        });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}
