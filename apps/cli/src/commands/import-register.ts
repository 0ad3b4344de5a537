import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import type { Caller } from "../api-types";
import { UsageError } from "../usage-error";

/** Options of `csi import-register`. */
export const importRegisterOptionsSchema = z.object({
  json: z.boolean().default(false),
});
/** Options of `csi import-register`, validated. */
export type ImportRegisterOptions = z.infer<typeof importRegisterOptionsSchema>;

/** `csi import-register FILE`: loads a register snapshot CSV (one row per authority's latest inspection). */
export async function runImportRegister(
  caller: Caller,
  file: string,
  options: ImportRegisterOptions,
): Promise<number> {
  let csv: string;
  try {
    csv = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      "unreadable",
      code === "ENOENT"
        ? `no such file: ${file}`
        : `cannot read ${file}: ${code ?? String(error)}`,
      "Check the path of the register CSV.",
      { cause: error },
    );
  }
  if (csv.trim() === "")
    throw new UsageError(
      "empty",
      `${file} is empty`,
      "Give a register CSV with a header row and one row per authority.",
    );
  const outcome = await caller.register.import({ csv, name: basename(file) });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
    return 0;
  }
  const verb =
    outcome.status === "stored" ? "stored" : "already stored, nothing changed";
  process.stdout.write(
    `${file}: ${outcome.rows} rows, ${outcome.claims} inspections, ${outcome.skipped.length} rows skipped (${verb})\n`,
  );
  for (const row of outcome.skipped)
    process.stderr.write(`skipped line ${row.line}: ${row.reason}\n`);
  for (const row of outcome.warnings)
    process.stderr.write(`warning line ${row.line}: ${row.reason}\n`);
  return 0;
}
