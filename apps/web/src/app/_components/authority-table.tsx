import Link from "next/link";
import { LinkPending } from "~/components/link-pending";
import {
  ERA_LABELS,
  GRADE_LOOK,
  GRADES,
  KIND_LABELS,
  MAP_AREA_LABELS,
  MAP_AREA_SHORT,
  MAP_AREAS,
  REGIONS,
} from "~/lib/vocabulary";
import { AuthorityRows } from "./authority-rows";
import type { OverviewEntry } from "./overview-entries";
import {
  toQueryString,
  type OverviewParams,
  type SortKey,
} from "./overview-model";

const COLUMNS: readonly { key: SortKey; label: string; className?: string }[] =
  [
    { key: "name", label: "Authority" },
    { key: "region", label: "Region" },
    { key: "kind", label: "Kind" },
    ...MAP_AREAS.map((area) => ({ key: area, label: MAP_AREA_SHORT[area] })),
    { key: "date", label: "Inspected" },
  ];

function SortHeader({
  column,
  params,
}: {
  column: (typeof COLUMNS)[number];
  params: OverviewParams;
}) {
  const active = params.sort === column.key;
  const nextDir = active && params.dir === "asc" ? "desc" : "asc";
  return (
    <th
      scope="col"
      aria-sort={
        active ? (params.dir === "asc" ? "ascending" : "descending") : undefined
      }
    >
      <Link
        className="sort-link"
        href={`/${toQueryString(params, { sort: column.key, dir: nextDir })}#authorities`}
        scroll={false}
        prefetch={false}
      >
        {column.label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (params.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="visually-hidden">
          {active
            ? `, sorted ${params.dir === "asc" ? "ascending" : "descending"}; `
            : ", "}
          sort {nextDir === "asc" ? "ascending" : "descending"}
        </span>
        <LinkPending />
      </Link>
    </th>
  );
}

/** The filter form: a plain GET form, so it works without JavaScript and its state is the URL. */
function Filters({ params }: { params: OverviewParams }) {
  return (
    <form
      className="filters"
      method="get"
      action="/#authorities"
      role="search"
      aria-label="Filter authorities"
    >
      {(["area", "era", "map", "sort", "dir"] as const).map((key) => (
        <input key={key} type="hidden" name={key} value={params[key]} />
      ))}
      <div className="field">
        <label htmlFor="filter-q">Name or code</label>
        <input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor="filter-region">Region</label>
        <select
          id="filter-region"
          name="region"
          defaultValue={params.region ?? ""}
        >
          <option value="">All regions</option>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {region}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">Kind</label>
        <select id="filter-kind" name="kind" defaultValue={params.kind ?? ""}>
          <option value="">All kinds</option>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-grade">
          {MAP_AREA_LABELS[params.area]} grade
        </label>
        <select
          id="filter-grade"
          name="grade"
          defaultValue={params.grade ?? ""}
        >
          <option value="">Any grade</option>
          {[...GRADES, "none" as const].map((grade) => (
            <option key={grade} value={grade}>
              {GRADE_LOOK[grade].label}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button className="button" type="submit">
          Apply filters
        </button>
        <Link
          href={`/${toQueryString(params, { q: "", region: undefined, kind: undefined, grade: undefined })}#authorities`}
          prefetch={false}
        >
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** Every authority (or those the filters keep) with its latest grade in each area and the date of that inspection. */
export function AuthorityTable({
  entries,
  order,
  params,
}: {
  /** Every authority. */
  entries: readonly OverviewEntry[];
  /** Indexes of the entries the filters keep, in the order the sort gives. */
  order: readonly number[];
  params: OverviewParams;
}) {
  const query = toQueryString(params).slice(1);
  const exportHref = (format: "csv" | "json") =>
    `/export?${query ? `${query}&` : ""}format=${format}`;
  return (
    <>
      <Filters params={params} />
      <div
        className="controls__row"
        style={{ justifyContent: "space-between", marginBottom: "0.75rem" }}
      >
        <p
          className="small"
          style={{ margin: 0 }}
          aria-live="polite"
          id="table-count"
        >
          Showing <strong>{order.length}</strong> of {entries.length}{" "}
          authorities · grades from the{" "}
          {params.era === "latest"
            ? "latest graded inspection"
            : `latest ${ERA_LABELS[params.era]} inspection`}{" "}
          · RI: requires improvement to be good
        </p>
        <p
          className="small"
          style={{ margin: 0, display: "flex", gap: "1rem" }}
        >
          <a href={exportHref("csv")} download data-export="csv">
            Download these rows (CSV)
          </a>
          <a href={exportHref("json")} download data-export="json">
            Download these rows (JSON)
          </a>
        </p>
      </div>
      <div
        className="table-wrap"
        tabIndex={0}
        role="region"
        aria-labelledby="authorities-caption"
      >
        <table className="data" data-table="authorities">
          <caption id="authorities-caption" className="visually-hidden">
            Authorities and their grades; select a column heading to sort
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortHeader key={column.key} column={column} params={params} />
              ))}
            </tr>
          </thead>
          <AuthorityRows entries={entries} order={order} />
        </table>
        {order.length === 0 ? (
          <p style={{ padding: "1rem" }}>
            No authority matches these filters.{" "}
            <Link
              href={`/${toQueryString(params, { q: "", region: undefined, kind: undefined, grade: undefined })}#authorities`}
            >
              Clear the filters
            </Link>
            .
          </p>
        ) : null}
      </div>
    </>
  );
}
