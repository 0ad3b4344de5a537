import { toCsv } from "@csi/api";
import { KIND_LABELS, MAP_AREA_TO_AREA, MAP_AREAS } from "~/lib/vocabulary";
import { loadOverview } from "../_components/load-overview";
import { parseOverviewParams } from "../_components/overview-model";

/**
 * The overview table's current view (same filters and order, from the same query string) as CSV or
 * JSON, one row per authority.
 */
export async function GET(request: Request): Promise<Response> {
  const search = new URL(request.url).searchParams;
  const format = search.get("format") === "json" ? "json" : "csv";
  const params = parseOverviewParams(search);
  const { shown } = await loadOverview(params);
  const rows = shown.map((row) => ({
    gss: row.gss,
    la_code: row.laCode,
    authority: row.name,
    region: row.region,
    kind: KIND_LABELS[row.kind] ?? row.kind,
    ...Object.fromEntries(
      MAP_AREAS.map((area) => [
        MAP_AREA_TO_AREA[area],
        row.grades[area] ?? null,
      ]),
    ),
    inspection_date: row.inspection?.date ?? null,
    inspection_type: row.inspection?.type ?? null,
    framework: row.inspection?.framework ?? null,
    inspection_id: row.inspection?.id ?? null,
  }));
  const name = `csi-authorities-${params.era}-${params.area}`;
  if (format === "json") {
    return new Response(JSON.stringify({ filters: params, rows }, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.json"`,
      },
    });
  }
  const header = [
    "gss",
    "la_code",
    "authority",
    "region",
    "kind",
    ...MAP_AREAS.map((a) => MAP_AREA_TO_AREA[a]),
    "inspection_date",
    "inspection_type",
    "framework",
    "inspection_id",
  ];
  // Grades are written as the api's identifiers ("requires-improvement"), which scripts can match on.
  const body = toCsv(
    header,
    rows.map((row) =>
      header.map((key) => (row as Record<string, string | null>)[key]),
    ),
  );
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}.csv"`,
    },
  });
}
