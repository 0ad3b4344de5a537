import { Command, CommanderError, Option } from "commander";
import { version } from "../package.json";
import { isUsageError } from "./usage-error";

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("csi")
    .description("Ofsted inspections of English councils' children's services: parse, store, browse and export them")
    .version(version, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .showSuggestionAfterError(true);

  program
    .command("parse")
    .summary("parse documents into inspections and judgements with evidence (no database)")
    .description(
      "Parse text, HTML or PDF files into inspections and judgements, each with the quote it came from.\nNothing is stored.",
    )
    .argument("<files...>", "documents to parse")
    .option("--json", "print one JSON array with an entry per file")
    .option("--text", "include each document's text (with --json)")
    .addOption(new Option("--format <format>", "read every file as this format").choices(["auto", "text", "html", "pdf"]).default("auto"))
    .option("--published <date>", "publication date (YYYY-MM-DD) for documents whose text lacks one")
    .action(async (files: string[], options: unknown) => {
      const { runParse } = await import("./commands/parse");
      setExitCode(await runParse(files, options));
    });

  return program;
}

function commandPath(error: CommanderError, argv: readonly string[]): string {
  const sub = argv.find((arg) => !arg.startsWith("-"));
  return error.code === "commander.unknownCommand" || !sub ? "csi" : `csi ${sub}`;
}

/** Runs the `csi` command line and resolves to the process exit code: 0 ok, 1 user error, 2 bug. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      // Commander appends "(Did you mean parse?)" on a line of its own; turn it into the hint.
      const [message = "invalid arguments", suggestion] = error.message.replace(/^error: /, "").split("\n");
      const usage = `Run \`${commandPath(error, argv)} --help\` for usage.`;
      const hint = suggestion ? `${suggestion.replace(/^\((.*)\)$/, "$1")} ${usage}` : usage;
      process.stderr.write(`csi: ${message}\n${hint}\n`);
      return 1;
    }
    if (isUsageError(error)) {
      process.stderr.write(`csi: ${error.message}\n${error.hint}\n`);
      return 1;
    }
    process.stderr.write(`csi: unexpected error; please report it with the output below.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
