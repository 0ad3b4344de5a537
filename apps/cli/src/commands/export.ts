import { writeFile } from "node:fs/promises";
import { z } from "zod";
import type { Caller } from "../api-types";
import { UsageError } from "../usage-error";

/** Options of `csi export`. */
export const exportOptionsSchema = z.object({
  format: z.enum(["csv", "json"]).default("csv"),
  scope: z.enum(["all", "latest"]).default("all"),
  authority: z.string().trim().min(1).optional(),
  from: z.coerce.number().int().min(2000).max(2100).optional(),
  to: z.coerce.number().int().min(2000).max(2100).optional(),
  output: z.string().min(1).optional(),
});
/** Options of `csi export`, validated. */
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** `csi export`: every judgement (or each authority's latest) with its citations, as CSV or JSON. */
export async function runExport(
  caller: Caller,
  options: ExportOptions,
): Promise<number> {
  const result = await caller.export.judgements({
    format: options.format,
    scope: options.scope,
    ...(options.authority ? { authority: options.authority } : {}),
    ...(options.from !== undefined ? { yearFrom: options.from } : {}),
    ...(options.to !== undefined ? { yearTo: options.to } : {}),
  });
  const body = result.format === "json" ? `${result.body}\n` : result.body;
  if (options.output === undefined || options.output === "-") {
    process.stdout.write(body);
    return 0;
  }
  try {
    await writeFile(options.output, body);
  } catch (error) {
    throw new UsageError(
      "unwritable",
      `cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      "Check the folder exists and is writable.",
      { cause: error },
    );
  }
  process.stderr.write(
    `Wrote ${result.rowCount} judgements to ${options.output}\n`,
  );
  return 0;
}
