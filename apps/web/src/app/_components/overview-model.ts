import { z } from "zod";
import type { OverviewRow } from "~/lib/authority-rows";
import { ERAS, GRADES, MAP_AREAS, REGIONS, type Grade } from "~/lib/vocabulary";

export type { OverviewRow };

export const SORT_KEYS = [
  "name",
  "region",
  "kind",
  ...MAP_AREAS,
  "date",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const KINDS = [
  "london-borough",
  "city-of-london",
  "metropolitan-district",
  "unitary",
  "isles-of-scilly",
  "county",
] as const;

const first = (value: unknown): unknown =>
  Array.isArray(value) ? (value as unknown[])[0] : value;
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .preprocess((v) => (v === "" ? undefined : v), z.enum(values).optional())
    .catch(undefined);

/** The overview's state, all of it in the URL so a view can be shared. Bad values fall back to defaults. */
const OverviewParamsSchema = z.object({
  area: z.enum(MAP_AREAS).catch("overall"),
  era: z.enum(ERAS).catch("latest"),
  map: z.enum(["hex", "boundaries"]).catch("hex"),
  q: z.string().trim().max(100).catch(""),
  region: optionalEnum(REGIONS),
  kind: optionalEnum(KINDS),
  grade: optionalEnum([...GRADES, "none"] as const),
  sort: z.enum(SORT_KEYS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export type OverviewParams = z.infer<typeof OverviewParamsSchema>;

const DEFAULTS: OverviewParams = OverviewParamsSchema.parse({});

/** The query parameters of the overview's state. */
export const OVERVIEW_KEYS = Object.keys(
  OverviewParamsSchema.shape,
) as (keyof OverviewParams)[];

/** Reads the overview's state from `searchParams` (a Next page prop or a `URLSearchParams`). */
export function parseOverviewParams(
  input: Record<string, string | string[] | undefined> | URLSearchParams,
): OverviewParams {
  const record =
    input instanceof URLSearchParams
      ? Object.fromEntries(input.entries())
      : input;
  const values: Record<string, unknown> = Object.fromEntries(
    Object.entries(record).map(([k, v]) => [k, first(v)]),
  );
  return OverviewParamsSchema.parse({ ...values, q: values.q ?? "" });
}

/** The query string for a state, leaving out defaults so links stay short. */
export function toQueryString(
  params: OverviewParams,
  changes: Partial<OverviewParams> = {},
): string {
  const next = { ...params, ...changes };
  const search = new URLSearchParams();
  for (const key of OVERVIEW_KEYS) {
    const value = next[key];
    if (value !== undefined && value !== "" && value !== DEFAULTS[key])
      search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

const GRADE_RANK = (grade: Grade | undefined) =>
  grade === undefined ? GRADES.length : GRADES.indexOf(grade);

/** Keeps the rows whose grade in the current area matches the grade filter (`none`: no grade). */
export function filterRows(
  rows: readonly OverviewRow[],
  params: OverviewParams,
): OverviewRow[] {
  if (params.grade === undefined) return [...rows];
  return rows.filter(
    (row) => (row.grades[params.area] ?? "none") === params.grade,
  );
}

/** Sorts rows by a column; ties and missing values fall back to name order, missing grades and dates last. */
export function sortRows(
  rows: readonly OverviewRow[],
  sort: SortKey,
  dir: "asc" | "desc",
): OverviewRow[] {
  const byName = (a: OverviewRow, b: OverviewRow) =>
    a.name.localeCompare(b.name, "en-GB");
  const sign = dir === "asc" ? 1 : -1;
  const compare = (a: OverviewRow, b: OverviewRow): number => {
    switch (sort) {
      case "name":
        return sign * byName(a, b);
      case "region":
        return (
          sign *
            (REGIONS.indexOf(a.region as (typeof REGIONS)[number]) -
              REGIONS.indexOf(b.region as (typeof REGIONS)[number])) ||
          byName(a, b)
        );
      case "kind":
        return sign * a.kind.localeCompare(b.kind) || byName(a, b);
      case "date": {
        const da = a.inspection?.date,
          db = b.inspection?.date;
        if (da === db) return byName(a, b);
        if (da === undefined) return 1;
        if (db === undefined) return -1;
        return sign * (da < db ? -1 : 1);
      }
      default: {
        const ra = GRADE_RANK(a.grades[sort]),
          rb = GRADE_RANK(b.grades[sort]);
        if (ra === rb) return byName(a, b);
        if (ra === GRADES.length) return 1;
        if (rb === GRADES.length) return -1;
        return sign * (ra - rb);
      }
    }
  };
  return [...rows].sort(compare);
}
