import { parseDocument, type ParseResult } from "@csi/api";
import { z } from "zod";
import { readDocumentFile } from "../read-document-file";

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  );
}

/** Options of `csi parse`. */
export const parseOptionsSchema = z.object({
  json: z.boolean().default(false),
  text: z.boolean().default(false),
  format: z.enum(["auto", "text", "html", "pdf"]).default("auto"),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "--published takes a date as YYYY-MM-DD")
    .refine(isCalendarDate, "--published is not a calendar date")
    .optional(),
});
/** Options of `csi parse`, validated. */
export type ParseOptions = z.infer<typeof parseOptionsSchema>;

/** One entry of `csi parse --json`: the path as given, then what the parser found. */
export type ParsedFile = Omit<ParseResult, "text"> & { readonly text?: string };

function toEntry(
  path: string,
  result: ParseResult,
  withText: boolean,
): ParsedFile {
  const {
    format,
    title,
    published,
    inspections,
    diagnostics,
    parserVersion,
    text,
  } = result;
  return {
    source: path,
    format,
    title,
    published,
    inspections,
    diagnostics,
    parserVersion,
    ...(withText ? { text } : {}),
  };
}

function describe(entry: ParsedFile): string {
  const lines = [
    `${entry.source} (${entry.format}${entry.published ? `, published ${entry.published}` : ""})${entry.title ? `: ${entry.title}` : ""}`,
  ];
  if (entry.inspections.length === 0) lines.push("  no inspections found");
  for (const inspection of entry.inspections) {
    lines.push(
      `  ${inspection.authority.name} (${inspection.authority.gss}): ${inspection.type}, ${inspection.date}`,
    );
    for (const judgement of inspection.judgements) {
      lines.push(
        `    ${judgement.area}: ${judgement.grade}${judgement.evidence[0] ? `  "${judgement.evidence[0].quote}"` : ""}`,
      );
    }
  }
  for (const diagnostic of entry.diagnostics.filter(
    (d) => d.severity !== "info",
  )) {
    lines.push(
      `  ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`,
    );
  }
  return lines.join("\n");
}

/**
 * `csi parse FILE...`: parses each file without touching the database. Prints every file that parsed
 * (one JSON array with `--json`, the parser's warnings and errors also on stderr), reports each unreadable
 * file on stderr, and returns 1 if any failed.
 */
export async function runParse(
  files: readonly string[],
  options: ParseOptions,
): Promise<number> {
  const entries: ParsedFile[] = [];
  const failures: string[] = [];
  for (const path of files) {
    const read = await readDocumentFile(path, options.format);
    if (!read.ok) {
      failures.push(read.message);
      process.stderr.write(`csi: ${read.message}\n`);
      continue;
    }
    try {
      const result = await parseDocument(read.input, {
        source: path,
        // A .txt file may hold a saved web page: unless --format says otherwise, its content decides.
        format:
          options.format === "auto" && read.format === "text"
            ? "auto"
            : read.format,
        ...(options.published ? { published: options.published } : {}),
      });
      entries.push(toEntry(path, result, options.text));
      // The JSON carries every diagnostic; stderr shows the ones a person should look at.
      if (options.json) {
        for (const d of result.diagnostics)
          if (d.severity !== "info")
            process.stderr.write(
              `${path}: ${d.severity}: ${d.message} [${d.ruleId}]\n`,
            );
      }
    } catch (error) {
      // A damaged PDF makes the PDF reader throw; report the file and carry on with the rest.
      const message = `cannot parse ${path}: ${error instanceof Error ? error.message : String(error)}`;
      failures.push(message);
      process.stderr.write(`csi: ${message}\n`);
    }
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  } else if (entries.length > 0) {
    process.stdout.write(`${entries.map(describe).join("\n\n")}\n`);
  }
  if (failures.length === 0) return 0;
  process.stderr.write(
    failures.length === files.length
      ? "Check the paths; csi parse reads text (.txt), HTML (.html) and PDF (.pdf) files.\n"
      : `${failures.length} of ${files.length} files could not be parsed; the others are printed. Check those paths.\n`,
  );
  return 1;
}
