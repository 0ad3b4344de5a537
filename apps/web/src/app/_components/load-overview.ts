import "server-only";

import { api } from "~/trpc/server";
import { buildRows, type OverviewRow } from "~/lib/authority-rows";
import { filterRows, sortRows, type OverviewParams } from "./overview-model";

const PAGE = 1000;

/** Every authority's row for the current area and era (for the map) and the filtered, sorted rows (for the table). */
export async function loadOverview(
  params: OverviewParams,
): Promise<{ all: OverviewRow[]; shown: OverviewRow[] }> {
  const caller = await api();
  const hasListFilter =
    params.q !== "" || params.region !== undefined || params.kind !== undefined;
  const [authorities, matching, eraInspections] = await Promise.all([
    caller.authority.list(),
    hasListFilter
      ? caller.authority.list({
          ...(params.q ? { text: params.q } : {}),
          ...(params.region ? { region: params.region } : {}),
          ...(params.kind ? { kind: params.kind } : {}),
        })
      : undefined,
    (async () => {
      if (params.era === "latest") return [];
      const items = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await caller.inspection.list({
          framework: params.era,
          type: ["standard-inspection", "short-inspection"],
          order: "date-desc",
          limit: PAGE,
          offset,
        });
        items.push(...page.items);
        if (offset + PAGE >= page.total) return items;
      }
    })(),
  ]);
  const all = buildRows(authorities, params.era, eraInspections);
  const keep = matching ? new Set(matching.map((a) => a.gss)) : undefined;
  const shown = sortRows(
    filterRows(
      all.filter((row) => keep === undefined || keep.has(row.gss)),
      params,
    ),
    params.sort,
    params.dir,
  );
  return { all, shown };
}
