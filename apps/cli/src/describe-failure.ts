import { CommanderError } from "commander";
import { isUsageError } from "./usage-error";

/** Codes of router errors that mean the user asked for something wrong or missing. */
const USER_ERROR_CODES = new Set([
  "NOT_FOUND",
  "BAD_REQUEST",
  "FORBIDDEN",
  "PAYLOAD_TOO_LARGE",
  "CONFLICT",
]);

interface RouterError extends Error {
  readonly code: string;
}

function isRouterUserError(error: unknown): error is RouterError {
  return (
    error instanceof Error &&
    error.name === "TRPCError" &&
    USER_ERROR_CODES.has((error as RouterError).code)
  );
}

// A rejected input carries zod's issues as its cause; the first one, with its field, is the useful line.
function routerErrorMessage(error: RouterError): string {
  const issues = (
    error.cause as
      { issues?: { path: PropertyKey[]; message: string }[] } | undefined
  )?.issues;
  const first = issues?.[0];
  if (!first) return error.message;
  return first.path.length > 0
    ? `${first.path.map(String).join(".")}: ${first.message}`
    : first.message;
}

interface StorageError extends Error {
  readonly code: string;
}

// The api's CsiError (read-only database, full disk, a database from a newer csi, an unreadable file),
// thrown directly or wrapped by the router. Matched by name so this module does not load the api.
function findCsiError(error: unknown): StorageError | undefined {
  for (
    let e = error, depth = 0;
    e instanceof Error && depth < 3;
    e = e.cause, depth++
  ) {
    if (e.name === "CsiError" && typeof (e as StorageError).code === "string")
      return e as StorageError;
  }
  return undefined;
}

const CSI_ERROR_HINTS: Readonly<Record<string, string>> = {
  database:
    "Check the database file and its folder (`csi db path` shows where it is; set CSI_DB to use another).",
  migration:
    "This database was written by a newer csi: upgrade csi, or set CSI_DB to another file.",
  unreadable: "Check the path exists and can be read.",
};

/** What to print for a failure, and the exit code: 1 for what the user can fix, 2 for a bug. */
export interface Failure {
  readonly exitCode: 0 | 1 | 2;
  /** Text for stderr: for exit 1, one line of what went wrong and one of what to try. */
  readonly text: string;
}

/**
 * Turns whatever a command threw into its message and exit code: argument errors, {@link UsageError}s
 * and router errors about the input are the user's to fix (exit 1); anything else is a bug and keeps
 * its stack (exit 2). `command` is the command that ran (`csi list`), for the hint.
 */
export function describeFailure(
  error: unknown,
  context: { readonly argv: readonly string[]; readonly command: string },
): Failure {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return { exitCode: 0, text: "" };
    // Commander appends "(Did you mean --json?)" on a line of its own; turn it into the hint.
    const [message = "invalid arguments", suggestion] = error.message
      .replace(/^error: /, "")
      .split("\n");
    const sub = context.argv.find((arg) => !arg.startsWith("-"));
    const usage = `Run \`${sub ? `csi ${sub}` : "csi"} --help\` for usage.`;
    return {
      exitCode: 1,
      text: `csi: ${message}\n${suggestion ? `${suggestion.replace(/^\((.*)\)$/, "$1")} ${usage}` : usage}\n`,
    };
  }
  if (isUsageError(error))
    return { exitCode: 1, text: `csi: ${error.message}\n${error.hint}\n` };
  if (isRouterUserError(error)) {
    const hint = /no authority/.test(error.message)
      ? "Run `csi list` to see every authority's name and code."
      : `Run \`${context.command} --help\` for usage.`;
    return {
      exitCode: 1,
      text: `csi: ${routerErrorMessage(error)}\n${hint}\n`,
    };
  }
  const csiError = findCsiError(error);
  if (csiError) {
    const hint =
      CSI_ERROR_HINTS[csiError.code] ??
      `Run \`${context.command} --help\` for usage.`;
    return { exitCode: 1, text: `csi: ${csiError.message}\n${hint}\n` };
  }
  const detail =
    error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: 2,
    text: `csi: unexpected error; please report it with the output below.\n${detail}\n`,
  };
}
