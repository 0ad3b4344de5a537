import type { z } from "zod";
import { UsageError } from "./usage-error";

/** Validates a command's options against its schema; a bad option is the user's to fix. */
export function parseOptions<T extends z.ZodType>(
  schema: T,
  raw: unknown,
  command: string,
): z.infer<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const option =
    issue && issue.path.length > 0 && issue.code !== "custom"
      ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: `
      : "";
  throw new UsageError(
    "bad-option",
    `${option}${issue?.message ?? "invalid options"}`,
    `Run \`csi ${command} --help\` for the options.`,
  );
}
