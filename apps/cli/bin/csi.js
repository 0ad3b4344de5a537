#!/usr/bin/env node
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli.js", import.meta.url);
if (existsSync(entry)) {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  process.stderr.write(
    "csi: the command is not built yet\nRun `npm run build` in the repository root, then try again.\n",
  );
  process.exitCode = 1;
}
