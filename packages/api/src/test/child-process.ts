import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

const packageRoot = join(import.meta.dirname, "..", "..");
const CHILD = join(import.meta.dirname, "bulk-ingest-child.ts");

/** A running bulk-ingest child process and what it has printed. */
export interface IngestChild {
  readonly process: ChildProcess;
  /** Files finished so far (from its "done <n>" lines). */
  done(): number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal) when the process ends. */
  readonly exited: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>;
  /** Resolves once it has finished at least `n` files, or when it exits first. */
  waitForDone(n: number): Promise<void>;
}

/** Starts `bulk-ingest-child.ts` under tsx, ingesting `folder` into the database at `db`. */
export function startIngestChild(db: string, folder: string): IngestChild {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", CHILD, db, folder],
    {
      cwd: packageRoot,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  let err = "";
  let done = 0;
  const waiters: { n: number; resolve: () => void }[] = [];
  const settle = () => {
    for (const waiter of waiters.splice(0)) {
      if (
        done >= waiter.n ||
        child.exitCode !== null ||
        child.signalCode !== null
      )
        waiter.resolve();
      else waiters.push(waiter);
    }
  };
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    for (const match of chunk.matchAll(/^done (\d+)$/gm))
      done = Math.max(done, Number(match[1]));
    settle();
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
  }>((resolve) => {
    child.on("exit", (code, signal) => {
      resolve({ code, signal });
      for (const waiter of waiters.splice(0)) waiter.resolve();
    });
  });
  return {
    process: child,
    done: () => done,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForDone: (n) =>
      new Promise<void>((resolve) => {
        waiters.push({ n, resolve });
        settle();
      }),
  };
}
