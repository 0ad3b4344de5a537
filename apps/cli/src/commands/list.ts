import { toCsv, type RouterInputs } from "@csi/api";
import { z } from "zod";
import type { Area, AuthorityRow, Caller, Grade } from "../api-types";
import { formatColumns } from "../format";
import { AREA_LABELS, GRADE_WORDS } from "../ui/labels";
import { UsageError } from "../usage-error";

const GRADE_ALIASES: Readonly<Record<string, Grade>> = {
  outstanding: "outstanding",
  good: "good",
  "requires-improvement": "requires-improvement",
  ri: "requires-improvement",
  inadequate: "inadequate",
};
const AREAS = Object.keys(AREA_LABELS) as Area[];
const kebab = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Options of `csi list`. */
export const listOptionsSchema = z
  .object({
    region: z.string().trim().min(1).optional(),
    grade: z
      .string()
      .transform((value, ctx) => {
        const grades = value
          .split(",")
          .map((part) => GRADE_ALIASES[kebab(part)]);
        if (grades.some((grade) => grade === undefined)) {
          ctx.addIssue({
            code: "custom",
            message: `--grade takes outstanding, good, requires-improvement (or ri) or inadequate, not "${value}"`,
          });
          return z.NEVER;
        }
        return [...new Set(grades as Grade[])];
      })
      .optional(),
    area: z
      .string()
      .transform((value, ctx) => {
        const area = AREAS.find((candidate) => candidate === kebab(value));
        if (!area) {
          ctx.addIssue({
            code: "custom",
            message: `--area takes one of ${AREAS.join(", ")}, not "${value}"`,
          });
          return z.NEVER;
        }
        return area;
      })
      .optional(),
    sort: z.enum(["name", "region", "latest-date", "grade"]).default("name"),
    json: z.boolean().default(false),
    csv: z.boolean().default(false),
  })
  .refine((options) => !(options.json && options.csv), {
    message: "choose one of --json and --csv",
  });
/** Options of `csi list`, validated. */
export type ListOptions = z.infer<typeof listOptionsSchema>;

type ListInput = NonNullable<RouterInputs["authority"]["list"]>;

/** Turns validated options into `authority.list` input; a region is matched without regard to case. */
async function listInput(
  caller: Caller,
  options: ListOptions,
): Promise<ListInput> {
  let region: AuthorityRow["region"] | undefined;
  if (options.region !== undefined) {
    const regions = [
      ...new Set((await caller.authority.list()).map((row) => row.region)),
    ];
    region = regions.find(
      (candidate) => kebab(candidate) === kebab(options.region ?? ""),
    );
    if (region === undefined) {
      throw new UsageError(
        "bad-option",
        `there is no region called "${options.region}"`,
        `Use one of: ${regions.join(", ")}.`,
      );
    }
  }
  return {
    ...(region ? { region } : {}),
    ...(options.area ? { area: options.area } : {}),
    ...(options.grade ? { grades: options.grade } : {}),
    sort: options.sort,
  };
}

function gradeOf(row: AuthorityRow, area: Area): Grade | undefined {
  const judgements = row.latest?.judgements ?? [];
  return (
    judgements.find((j) => j.area === area)?.grade ??
    // The 2018–22 framework graded children in care and care leavers together.
    (area === "children-in-care" || area === "care-leavers"
      ? judgements.find((j) => j.area === "children-in-care-and-care-leavers")
          ?.grade
      : undefined)
  );
}

const CSV_AREAS: readonly Area[] = [
  "overall-effectiveness",
  "leadership",
  "help-and-protection",
  "children-in-care",
  "care-leavers",
];

/** The authorities as aligned plain text: name, region, the chosen area's latest grade, when, and the type. */
export function formatAuthorityList(
  rows: readonly AuthorityRow[],
  area: Area = "overall-effectiveness",
): string {
  if (rows.length === 0) return "No authorities match.";
  const header = [
    "Authority",
    "Region",
    `${AREA_LABELS[area]} (latest)`,
    "Inspected",
    "GSS",
  ];
  return formatColumns(
    header,
    rows.map((row) => {
      const grade = gradeOf(row, area);
      return [
        row.name,
        row.region,
        grade ? GRADE_WORDS[grade].full : "–",
        row.latest?.date ?? "–",
        row.gss,
      ];
    }),
  );
}

/** The authorities as CSV, one row per authority with the latest graded inspection's grades. */
export function authorityListCsv(rows: readonly AuthorityRow[]): string {
  return toCsv(
    [
      "gss",
      "la_code",
      "name",
      "region",
      "latest_date",
      "latest_type",
      "framework",
      ...CSV_AREAS.map((area) => area.replace(/-/g, "_")),
    ],
    rows.map((row) => [
      row.gss,
      row.laCode,
      row.name,
      row.region,
      row.latest?.date ?? null,
      row.latest?.type ?? null,
      row.latest?.framework ?? null,
      ...CSV_AREAS.map((area) => gradeOf(row, area) ?? null),
    ]),
  );
}

/** `csi list`: authorities with their latest grades, filtered and sorted, as text, JSON or CSV. */
export async function runList(
  caller: Caller,
  options: ListOptions,
): Promise<number> {
  const rows = await caller.authority.list(await listInput(caller, options));
  if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (options.csv) process.stdout.write(authorityListCsv(rows));
  else process.stdout.write(`${formatAuthorityList(rows, options.area)}\n`);
  return 0;
}
