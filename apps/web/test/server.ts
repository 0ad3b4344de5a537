import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The app folder (apps/web). */
export const APP_DIR = fileURLToPath(new URL("..", import.meta.url));

/** A running `next start` on a temporary database. */
export interface TestServer {
  readonly url: string;
  readonly dbPath: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first free loopback port in 3100–3199 (this suite's range). */
async function freePort(): Promise<number> {
  for (let port = 3100; port <= 3199; port++)
    if (await isPortFree(port)) return port;
  throw new Error("no free port in 3100–3199 for the dashboard under test");
}

async function waitForReady(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        `next start exited with code ${child.exitCode}:\n${output()}`,
      );
    try {
      // The first page request opens the database and loads the bundled corpus.
      const response = await fetch(url, {
        signal: AbortSignal.timeout(30_000),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet; poll again.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `next start did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`,
  );
}

/**
 * Starts the production build (`next start`) on a free port with `CSI_DB` in a new temporary folder,
 * and waits until the overview answers.
 */
export async function startServer(
  options: { env?: Readonly<Record<string, string>> } = {},
): Promise<TestServer> {
  if (!existsSync(join(APP_DIR, ".next", "BUILD_ID"))) {
    throw new Error(
      "apps/web has no production build: run `npx next build` in apps/web (turbo runs it before `test`)",
    );
  }
  const dir = mkdtempSync(join(tmpdir(), "csi-web-test-"));
  const dbPath = join(dir, "csi.sqlite");
  const port = await freePort();
  const nextBin = join(
    dirname(createRequire(import.meta.url).resolve("next/package.json")),
    "dist",
    "bin",
    "next",
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CSI_DB: dbPath,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.CSI_WRITE_TOKEN;
  delete env.NODE_OPTIONS;
  Object.assign(env, options.env);
  const child = spawn(
    process.execPath,
    [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: APP_DIR,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await Promise.race([
        exited,
        new Promise((resolve) => setTimeout(resolve, 5000)),
      ]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForReady(url, child, () => log, 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dbPath, output: () => log, stop };
}
