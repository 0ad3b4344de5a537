import { Command, Option } from "commander";
import { version } from "../package.json";
import type { Session } from "./api-types";
import { parseOptions } from "./options";
import { describeFailure } from "./describe-failure";
import { UsageError } from "./usage-error";

/** The closest command name to `word`, when one is within two edits. */
function closestCommand(
  word: string,
  names: readonly string[],
): string | undefined {
  const distance = (a: string, b: string): number => {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) {
        current[j] = Math.min(
          (previous[j] ?? 0) + 1,
          (current[j - 1] ?? 0) + 1,
          (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
      }
      previous = current;
    }
    return previous[b.length] ?? Number.POSITIVE_INFINITY;
  };
  const ranked = names
    .map((name) => ({ name, d: distance(word, name) }))
    .sort((x, y) => x.d - y.d);
  return ranked[0] && ranked[0].d <= 2 ? ranked[0].name : undefined;
}

function unknownCommand(word: string, program: Command): UsageError {
  const suggestion = closestCommand(
    word,
    program.commands.map((command) => command.name()),
  );
  return new UsageError(
    "unknown-command",
    `unknown command '${word}'`,
    `${suggestion ? `Did you mean \`csi ${suggestion}\`? ` : ""}Run \`csi --help\` for the commands.`,
  );
}

async function withSession<T>(
  run: (session: Session) => Promise<T>,
): Promise<T> {
  const { openSession } = await import("./session");
  const session = await openSession(process.env);
  try {
    return await run(session);
  } finally {
    session.close();
  }
}

function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("csi")
    .description(
      "Ofsted inspections of English councils' children's services, with the evidence for every judgement.\n" +
        "Run with no command for the full-screen terminal UI (or, when piped, the list of authorities).\n" +
        "The database is CSI_DB (default $XDG_DATA_HOME/csi/csi.sqlite, else ~/.local/share/csi/csi.sqlite), shared with the dashboard.",
    )
    .version(version, "-v, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .showSuggestionAfterError(true)
    // With an action of its own, the program takes an unknown command for an argument; say what it is.
    .allowExcessArguments(true)
    .action(async (_options: unknown, program: Command) => {
      const [word] = program.args;
      if (word !== undefined) throw unknownCommand(word, program);
      const { runBrowse } = await import("./commands/browse");
      setExitCode(await withSession(runBrowse));
    });

  program
    .command("parse")
    .summary(
      "parse documents into inspections and judgements with evidence (no database)",
    )
    .description(
      "Parse text, HTML or PDF files into inspections and judgements, each with the quote it came from.\nNothing is stored.",
    )
    .argument("<files...>", "documents to parse")
    .option("--json", "print one JSON array with an entry per file")
    .option("--text", "include each document's text (with --json)")
    .addOption(
      new Option("--format <format>", "read every file as this format")
        .choices(["auto", "text", "html", "pdf"])
        .default("auto"),
    )
    .option(
      "--published <date>",
      "publication date (YYYY-MM-DD) for documents whose text lacks one",
    )
    .action(async (files: string[], raw: unknown) => {
      const { parseOptionsSchema, runParse } = await import("./commands/parse");
      setExitCode(
        await runParse(files, parseOptions(parseOptionsSchema, raw, "parse")),
      );
    });

  program
    .command("ingest")
    .summary("read files and folders into the database")
    .description(
      "Read text, HTML and PDF files (folders recursively) into the database. The same content is stored once.\n" +
        "Shows a progress bar on a terminal, then one summary line; skipped files are listed with the reason.",
    )
    .argument("[paths...]", "files or folders")
    .option(
      "--reparse",
      "also re-derive the facts of documents stored by an older parser version",
    )
    .option("--json", "print the outcome of every file as JSON")
    .action(async (paths: string[], raw: unknown) => {
      const { ingestOptionsSchema, runIngest } =
        await import("./commands/ingest");
      const options = parseOptions(ingestOptionsSchema, raw, "ingest");
      setExitCode(
        await withSession((session) => runIngest(session, paths, options)),
      );
    });

  program
    .command("list")
    .summary("authorities with their latest grades")
    .description(
      "List the current authorities with their latest graded inspection.",
    )
    .option(
      "--region <region>",
      'only this region, e.g. London or "North West"',
    )
    .option(
      "--grade <grades>",
      "only these latest grades, comma-separated: outstanding, good, ri, inadequate",
    )
    .option(
      "--area <area>",
      "the area --grade looks at and the list shows (default overall-effectiveness)",
    )
    .addOption(
      new Option("--sort <order>", "sort order")
        .choices(["name", "region", "latest-date", "grade"])
        .default("name"),
    )
    .option("--json", "print JSON")
    .option("--csv", "print CSV, one row per authority")
    .action(async (raw: unknown) => {
      const { listOptionsSchema, runList } = await import("./commands/list");
      const options = parseOptions(listOptionsSchema, raw, "list");
      setExitCode(
        await withSession((session) => runList(session.caller, options)),
      );
    });

  program
    .command("show")
    .summary("one authority's inspections and judgements with evidence")
    .description(
      "Show an authority's inspections, newest first, each judgement with a quote from its source.",
    )
    .argument(
      "<code-or-name>",
      'a name ("Kensington and Chelsea"), abbreviation (RBKC), GSS code or DfE LA code',
    )
    .option("--json", "print JSON, with every piece of evidence")
    .action(async (code: string, raw: unknown) => {
      const { runShow, showOptionsSchema } = await import("./commands/show");
      const options = parseOptions(showOptionsSchema, raw, "show");
      setExitCode(
        await withSession((session) => runShow(session.caller, code, options)),
      );
    });

  program
    .command("search")
    .summary("search the stored documents' text")
    .description(
      'Full-text search over the stored documents: words, "a phrase", OR, NOT, prefix*.',
    )
    .argument("<query...>", "what to look for")
    .option("--limit <n>", "at most this many documents (1-100)", "20")
    .option("--json", "print JSON")
    .action(async (words: string[], raw: unknown) => {
      const { runSearch, searchOptionsSchema } =
        await import("./commands/search");
      const options = parseOptions(searchOptionsSchema, raw, "search");
      setExitCode(
        await withSession((session) =>
          runSearch(session.caller, words.join(" "), options),
        ),
      );
    });

  program
    .command("export")
    .summary("every judgement with its citations, as CSV or JSON")
    .description(
      "Export judgements, one row per judgement with its citations and evidence.",
    )
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["csv", "json"])
        .default("csv"),
    )
    .addOption(
      new Option(
        "--scope <scope>",
        "all inspections, or each current authority's latest",
      )
        .choices(["all", "latest"])
        .default("all"),
    )
    .option("--authority <code-or-name>", "only this authority")
    .option("--from <year>", "only inspections in or after this year")
    .option("--to <year>", "only inspections in or before this year")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .action(async (raw: unknown) => {
      const { exportOptionsSchema, runExport } =
        await import("./commands/export");
      const options = parseOptions(exportOptionsSchema, raw, "export");
      setExitCode(
        await withSession((session) => runExport(session.caller, options)),
      );
    });

  program
    .command("db")
    .summary("the database: path, stats or check")
    .description(
      "path: where the database is (CSI_DB).\nstats: what it holds.\ncheck: integrity, incomplete documents, documents needing a reparse (exit 1 on problems).",
    )
    .addArgument(
      new Command()
        .createArgument("<action>", "path, stats or check")
        .choices(["path", "stats", "check"]),
    )
    .option("--json", "print JSON")
    .action(async (action: string, raw: unknown) => {
      const db = await import("./commands/db");
      const options = parseOptions(db.dbOptionsSchema, raw, "db");
      if (action === "path") {
        const { dbPathFrom } = await import("./session");
        setExitCode(db.runDbPath(dbPathFrom(process.env), options));
      } else {
        setExitCode(
          await withSession((session) =>
            action === "stats"
              ? db.runDbStats(session, options)
              : db.runDbCheck(session, options),
          ),
        );
      }
    });

  program
    .command("import-register")
    .summary("load a register snapshot CSV")
    .description(
      "Load a register snapshot: a CSV with one row per authority's latest inspection, columns\n" +
        "la_code, gss, name, inspection_start, inspection_end, publication_date, overall,\n" +
        "help_and_protection, children_in_care, care_leavers, leadership. The same file twice changes nothing.",
    )
    .argument("<file>", "the CSV file")
    .option("--json", "print JSON")
    .action(async (file: string, raw: unknown) => {
      const { importRegisterOptionsSchema, runImportRegister } =
        await import("./commands/import-register");
      const options = parseOptions(
        importRegisterOptionsSchema,
        raw,
        "import-register",
      );
      setExitCode(
        await withSession((session) =>
          runImportRegister(session.caller, file, options),
        ),
      );
    });

  return program;
}

/** Runs the `csi` command line and resolves to the process exit code: 0 ok, 1 user error, 2 bug. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  let command = "csi";
  const program = buildProgram((code) => {
    exitCode = code;
  });
  program.hook("preAction", (_program, action) => {
    command = action === program ? "csi" : `csi ${action.name()}`;
  });
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    const failure = describeFailure(error, { argv, command });
    if (failure.text !== "") process.stderr.write(failure.text);
    return failure.exitCode;
  }
}
