// CLI start-up: `csi --version` and the first frame of the terminal UI, against `node -e 0`.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { medianMs, run } from "./measure.mjs";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "apps/cli/bin/csi.js");

/** Milliseconds from spawn until the TUI has drawn text containing `marker` on a pseudo-terminal. */
function firstFrameMs(env, marker) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // `script` gives the child a real pseudo-terminal, so Ink renders its full-screen app.
    const child = spawn("script", ["-qfec", `node ${BIN}`, "/dev/null"], {
      env: { ...env, COLUMNS: "100", LINES: "30", TERM: "xterm-256color" },
    });
    let out = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error("no first frame within 30 s"));
    }, 30_000);
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes(marker)) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        clearTimeout(timer);
        child.kill("SIGKILL");
        resolve(ms);
      }
    });
  });
}

export async function benchCli({ dbPath }) {
  const env = { ...process.env, CSI_DB: dbPath, NO_COLOR: "1" };
  const nodeMs = await medianMs(() => run(process.execPath, ["-e", "0"]), {
    runs: 10,
  });
  const versionMs = await medianMs(
    () => run(process.execPath, [BIN, "--version"], { env }),
    { runs: 10 },
  );
  // The first run creates and fills the database; time the frames after it.
  await firstFrameMs(env, "Barking and Dagenham").catch(() => undefined);
  const frameMs = await medianMs(
    () => firstFrameMs(env, "Barking and Dagenham"),
    { runs: 5, warmup: 0 },
  );
  return [
    {
      section: "cli",
      name: "csi --version",
      value: versionMs,
      unit: "ms",
      baseline: nodeMs,
      ratio: versionMs / nodeMs,
      target: "<= 3x node -e 0",
      pass: versionMs / nodeMs <= 3,
    },
    {
      section: "cli",
      name: "first frame of the TUI",
      value: frameMs,
      unit: "ms",
      baseline: nodeMs,
      ratio: frameMs / nodeMs,
      target: "reported",
      pass: true,
    },
  ];
}
