import { GradeBars } from "~/components/grade-bars";
import { SwitchLinks } from "~/components/switch-links";
import { plural } from "~/lib/format";
import {
  ERA_LABELS,
  ERAS,
  MAP_AREA_LABELS,
  MAP_AREA_TO_AREA,
  MAP_AREAS,
  type MapArea,
} from "~/lib/vocabulary";
import { api } from "~/trpc/server";
import { AuthorityTable } from "./_components/authority-table";
import { BoundaryMap } from "./_components/boundary-map";
import { HexMap } from "./_components/hex-map";
import { Legend } from "./_components/legend";
import { loadOverview } from "./_components/load-overview";
import { MapTooltip } from "./_components/map-tooltip";
import { toEntry } from "./_components/overview-entries";
import { countGrades } from "~/lib/authority-rows";
import {
  parseOverviewParams,
  toQueryString,
} from "./_components/overview-model";
import { GradeChanges, RecentInspections } from "./_components/recent-activity";

export default async function OverviewPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = parseOverviewParams(await props.searchParams);
  const caller = await api();
  const [{ all, shown }, stats, recent, changes] = await Promise.all([
    loadOverview(params),
    caller.stats.overview(),
    caller.inspection.list({ limit: 8 }),
    caller.stats.changes({ area: MAP_AREA_TO_AREA[params.area] }),
  ]);

  // Every authority once, as compact entries the table, the map and its tooltip all read; the table
  // and the fading on the map take the filtered, sorted selection as indexes into them.
  const entries = all.map(toEntry);
  const indexOf = new Map(all.map((row, i) => [row.gss, i]));
  const order = shown.flatMap((row) => indexOf.get(row.gss) ?? []);
  const filtered = shown.length !== all.length;
  const graded = all.filter((row) => row.inspection !== null).length;
  const counts = Object.fromEntries(
    MAP_AREAS.map((area) => [area, countGrades(all, area)]),
  ) as Record<MapArea, ReturnType<typeof countGrades>>;
  const eraLabel =
    params.era === "latest"
      ? "latest graded inspection"
      : `latest ${ERA_LABELS[params.era]} inspection`;
  const mapTitle = `Map of ${all.length} children's services authorities in England, coloured by ${MAP_AREA_LABELS[params.area].toLowerCase()} grade at the ${eraLabel}. Each area links to its authority's page.`;
  const mapProps = {
    entries,
    area: params.area,
    era: params.era,
    shown: filtered ? order : undefined,
    title: mapTitle,
  };

  return (
    <>
      <h1>Ofsted judgements on children’s services in England</h1>
      <p className="lede">
        The grades Ofsted gave each council’s children’s services, from the
        single inspection framework (2013) to ILACS, with every judgement linked
        to the sentence it was read from.
      </p>
      <p className="small muted">
        {plural(stats.totals.authorities, "authority", "authorities")} ·{" "}
        {plural(stats.totals.inspections, "inspection")} ·{" "}
        {plural(stats.totals.judgements, "judgement")} ·{" "}
        {plural(stats.totals.documents, "source document")} and{" "}
        {plural(stats.totals.registerSnapshots, "register snapshot")} ·{" "}
        {plural(
          stats.totals.conflicts,
          "conflict between sources",
          "conflicts between sources",
        )}
      </p>

      <section className="section" aria-labelledby="map-heading">
        <h2 id="map-heading">
          {MAP_AREA_LABELS[params.area]} ·{" "}
          {params.era === "latest" ? "latest grade" : ERA_LABELS[params.era]}
        </h2>
        <div className="controls">
          <SwitchLinks
            label="Area"
            items={MAP_AREAS.map((area) => ({
              href: `/${toQueryString(params, { area, grade: params.area === area ? params.grade : undefined })}`,
              label: MAP_AREA_LABELS[area],
              current: params.area === area,
            }))}
          />
          <SwitchLinks
            label="Framework"
            items={ERAS.map((era) => ({
              href: `/${toQueryString(params, { era })}`,
              label: ERA_LABELS[era],
              current: params.era === era,
            }))}
          />
          <SwitchLinks
            label="Map"
            items={[
              {
                href: `/${toQueryString(params, { map: "hex" })}`,
                label: "Equal hexagons",
                current: params.map === "hex",
              },
              {
                href: `/${toQueryString(params, { map: "boundaries" })}`,
                label: "Real boundaries",
                current: params.map === "boundaries",
              },
            ]}
          />
        </div>
        <a className="skip-map" href="#authorities">
          Skip the map and go to the table of authorities
        </a>
        <div className="map-layout">
          <MapTooltip entries={entries} era={params.era}>
            {params.map === "hex" ? (
              <HexMap {...mapProps} />
            ) : (
              <BoundaryMap {...mapProps} />
            )}
          </MapTooltip>
          <div className="grid">
            <div className="panel panel--wash">
              <h3>Key</h3>
              <Legend
                counts={counts[params.area]}
                caption={`Authorities by ${MAP_AREA_LABELS[params.area].toLowerCase()} grade at their ${eraLabel}`}
              />
            </div>
            <p className="small muted" style={{ margin: 0 }}>
              {params.map === "hex"
                ? "Each hexagon is one authority, placed roughly where it is; sizes are equal so small urban authorities are visible."
                : "Generalised boundaries (ONS, December 2023). London’s boroughs are enlarged in the box at the top right."}{" "}
              {filtered
                ? `Authorities outside the table’s filters are faded.`
                : ""}{" "}
              Select an area to open its page; the table below lists the same
              data.
            </p>
            {params.era !== "latest" ? (
              <p className="callout small" style={{ margin: 0 }}>
                {graded} of {all.length} authorities have a graded{" "}
                {ERA_LABELS[params.era]} inspection on record. The bundled
                register holds only each authority’s latest inspection; earlier
                ones are known from the documents added so far.
              </p>
            ) : null}
          </div>
        </div>
      </section>

      <section className="section" aria-labelledby="dist-heading">
        <h2 id="dist-heading">How authorities are graded, by area</h2>
        <p className="small muted">
          Number of authorities with each grade at their {eraLabel}. Before 2023
          children in care and care leavers were graded together; that grade
          counts for both.
        </p>
        <GradeBars
          rows={MAP_AREAS.map((area) => ({
            label: MAP_AREA_LABELS[area],
            counts: counts[area],
          }))}
        />
      </section>

      <div className="grid grid--2 section">
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recent inspections</h2>
          <RecentInspections inspections={recent.items} />
        </section>
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">
            Grade changes: {MAP_AREA_LABELS[params.area].toLowerCase()}
          </h2>
          <p className="small muted">
            {changes.summary.improved} improved · {changes.summary.declined}{" "}
            declined · {changes.summary.unchanged} unchanged
          </p>
          <GradeChanges
            changes={changes.changes.slice(0, 8)}
            area={params.area}
          />
        </section>
      </div>

      <section className="section" aria-labelledby="authorities">
        <h2 id="authorities" tabIndex={-1}>
          All authorities
        </h2>
        <AuthorityTable entries={entries} order={order} params={params} />
      </section>
    </>
  );
}
