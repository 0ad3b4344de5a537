// Small timing helpers shared by the benchmark sections.
import { spawn } from "node:child_process";

/** Runs `fn` `runs` times after `warmup` runs and returns the median wall time in milliseconds. */
export async function medianMs(fn, { runs = 5, warmup = 1 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Spawns a command and resolves with its exit code and output once it ends (or rejects after `timeoutMs`). */
export function run(
  cmd,
  args,
  { env = process.env, timeoutMs = 120_000, input } = {},
) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`${cmd} ${args.join(" ")} timed out after ${timeoutMs} ms`),
      );
    }, timeoutMs);
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** Formats a number with `digits` decimals. */
export const fmt = (n, digits = 1) =>
  Number.isFinite(n) ? n.toFixed(digits) : String(n);
