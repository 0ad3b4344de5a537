import {
  findAuthorityByGss,
  findAuthorityByLaCode,
  frameworkAt,
  getFramework,
  GradeSchema,
  IsoDateSchema,
  toAuthorityRef,
  type Area,
  type Evidence,
  type Inspection,
  type IsoDate,
} from "@csi/domain";
import { parseCsv } from "../internal/csv";

/** Version of the register reader; register snapshots are re-read when it changes. */
export const REGISTER_READER_VERSION = "register-1";

/** The columns a register snapshot must have (extra columns are ignored). */
export const REGISTER_COLUMNS = [
  "la_code",
  "gss",
  "name",
  "inspection_start",
  "inspection_end",
  "publication_date",
  "overall",
  "help_and_protection",
  "children_in_care",
  "care_leavers",
  "leadership",
] as const;

type Column = (typeof REGISTER_COLUMNS)[number];

/** A register row that was not turned into a claim, and why. */
export interface SkippedRow {
  readonly line: number;
  readonly reason: string;
}

/** What a register snapshot asserts: one inspection per usable row, with the row it came from. */
export type RegisterReading =
  | {
      readonly success: true;
      readonly inspections: readonly Inspection[];
      /** Claim references, one per inspection: `register:<file>#L<line>`. */
      readonly claimSources: readonly string[];
      readonly skipped: readonly SkippedRow[];
      /** Cells that were not usable (an unknown grade word), and why; the rest of the row is kept. */
      readonly warnings: readonly SkippedRow[];
      readonly rows: number;
    }
  | { readonly success: false; readonly error: string };

const GRADE_COLUMNS: readonly [Column, Area][] = [
  ["overall", "overall-effectiveness"],
  ["leadership", "leadership"],
  ["help_and_protection", "help-and-protection"],
  ["children_in_care", "children-in-care"],
  ["care_leavers", "care-leavers"],
];

/**
 * Reads a register snapshot (the format of `data/ilacs-latest-2026-06.csv`: one row per authority with
 * its latest full inspection) into inspections. Every fact's evidence is the whole row, cited as
 * `register:<name>#L<line>`. Empty grades are unknown, not judgements. The inspection date is
 * `inspection_start`, or `publication_date` when the start is missing; the type is
 * `standard-inspection` because the register does not say standard or short; the framework follows
 * the date, and before 2023 the `children_in_care` grade is the combined children in care and care
 * leavers judgement.
 */
export function readRegister(text: string, name: string): RegisterReading {
  const [header, ...records] = parseCsv(text);
  if (!header)
    return { success: false, error: `the register ${name} is empty` };
  const index = new Map(
    header.cells.map((cell, i) => [cell.value.trim().toLowerCase(), i]),
  );
  const missing = REGISTER_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) {
    return {
      success: false,
      error: `the register ${name} has no column ${missing.join(", ")} (expected ${REGISTER_COLUMNS.join(",")})`,
    };
  }
  const inspections: Inspection[] = [];
  const claimSources: string[] = [];
  const skipped: SkippedRow[] = [];
  const warnings: SkippedRow[] = [];
  for (const record of records) {
    const cell = (column: Column) =>
      record.cells[index.get(column) ?? -1]?.value.trim() ?? "";
    const cite = `register:${name}#L${record.line}`;
    const authority =
      findAuthorityByGss(cell("gss")) ??
      (cell("la_code") ? findAuthorityByLaCode(cell("la_code")) : undefined);
    if (!authority) {
      skipped.push({
        line: record.line,
        reason: `no authority with GSS code "${cell("gss")}" or LA code "${cell("la_code")}"`,
      });
      continue;
    }
    const dates = readDates(cell);
    if (!dates.date) {
      skipped.push({
        line: record.line,
        reason: `${authority.name} has neither an inspection start nor a publication date`,
      });
      continue;
    }
    const framework = frameworkAt(dates.date);
    const combined = framework
      ? getFramework(framework.id).gradedAreas.includes(
          "children-in-care-and-care-leavers",
        )
      : false;
    const evidence: Evidence[] = [
      {
        source: cite,
        start: record.start,
        end: record.end,
        quote: text.slice(record.start, record.end),
      },
    ];
    const judgements: Inspection["judgements"] = [];
    for (const [column, baseArea] of GRADE_COLUMNS) {
      const raw = cell(column);
      if (raw === "") continue;
      const grade = GradeSchema.safeParse(
        raw
          .toLowerCase()
          .replace(/\s+/g, "-")
          .replace(/-to-be-good$/, ""),
      );
      if (!grade.success) {
        warnings.push({
          line: record.line,
          reason: `${authority.name}: "${raw}" in ${column} is not a grade; left unknown`,
        });
        continue;
      }
      const area: Area =
        column === "children_in_care" && combined
          ? "children-in-care-and-care-leavers"
          : baseArea;
      judgements.push({ area, grade: grade.data, evidence });
    }
    inspections.push({
      authority: toAuthorityRef(authority),
      type: "standard-inspection",
      framework: framework?.id ?? null,
      date: dates.date,
      ...(dates.end ? { endDate: dates.end } : {}),
      ...(dates.published ? { published: dates.published } : {}),
      judgements,
      evidence,
    });
    claimSources.push(cite);
  }
  return {
    success: true,
    inspections,
    claimSources,
    skipped,
    warnings,
    rows: records.length,
  };
}

function readDates(cell: (column: Column) => string): {
  date?: IsoDate;
  end?: IsoDate;
  published?: IsoDate;
} {
  const iso = (value: string): IsoDate | undefined =>
    IsoDateSchema.safeParse(value).success ? value : undefined;
  const start = iso(cell("inspection_start"));
  const end = iso(cell("inspection_end"));
  const published = iso(cell("publication_date"));
  const date = start ?? published;
  return {
    ...(date ? { date } : {}),
    ...(start && end ? { end } : {}),
    ...(published ? { published } : {}),
  };
}

/** The title a register snapshot is stored under. */
export function registerTitle(name: string): string {
  return `Register of latest ILACS inspections (${name})`;
}

/** A register reading's skipped rows and unusable cells as stored diagnostics. */
export function registerDiagnostics(reading: {
  readonly skipped: readonly SkippedRow[];
  readonly warnings: readonly SkippedRow[];
}) {
  return [...reading.skipped, ...reading.warnings]
    .sort((a, b) => a.line - b.line)
    .map((row) => ({
      message: `line ${row.line}: ${row.reason}`,
      severity: "warning" as const,
      ruleId: "read-register",
    }));
}
