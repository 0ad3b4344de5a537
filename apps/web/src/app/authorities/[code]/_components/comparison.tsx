import Link from "next/link";
import { GradeBadge } from "~/components/grade-badge";
import { GradeBars } from "~/components/grade-bars";
import { countGrades, type OverviewRow } from "~/lib/authority-rows";
import { formatDateShort } from "~/lib/format";
import {
  GRADE_LOOK,
  GRADES,
  KIND_PLURALS,
  MAP_AREA_SHORT,
  MAP_AREAS,
  type Grade,
} from "~/lib/vocabulary";

/** How an authority's latest grades compare with its region, its kind of authority and its statistical neighbours. */
export function Comparison({
  self,
  rows,
  neighbourCodes,
}: {
  self: OverviewRow;
  rows: readonly OverviewRow[];
  neighbourCodes: readonly string[];
}) {
  const region = rows.filter((r) => r.region === self.region);
  const kind = rows.filter((r) => r.kind === self.kind);
  const byLa = new Map(rows.map((r) => [r.laCode, r]));
  const neighbours = neighbourCodes.flatMap((code) => byLa.get(code) ?? []);
  const own = self.grades.overall;
  const better = (group: readonly OverviewRow[]) =>
    own === undefined
      ? undefined
      : group.filter(
          (r) =>
            r.gss !== self.gss &&
            r.grades.overall !== undefined &&
            isBetter(r.grades.overall, own),
        ).length;
  const kindLabel = KIND_PLURALS[self.kind] ?? self.kind;

  return (
    <>
      <div className="grid grid--2">
        <div className="panel">
          <h3>{self.region}</h3>
          <p className="small muted">
            Overall effectiveness at the latest graded inspection of the{" "}
            {region.length} authorities in the region.
            {own
              ? ` ${better(region)} of them have a better grade than ${self.name} (${GRADE_LOOK[own].label.toLowerCase()}).`
              : ""}
          </p>
          <GradeBars
            rows={[{ label: "Region", counts: countGrades(region, "overall") }]}
          />
          <p className="small" style={{ marginTop: "0.5rem" }}>
            <Link
              href={`/?region=${encodeURIComponent(self.region)}#authorities`}
              prefetch={false}
            >
              See every authority in {self.region}
            </Link>
          </p>
        </div>
        <div className="panel">
          <h3>All {kindLabel}</h3>
          {kind.length < 2 ? (
            <p className="small muted">
              {self.name} is the only authority of its kind, so there is nothing
              to compare it with here.
            </p>
          ) : (
            <>
              <p className="small muted">
                Overall effectiveness at the latest graded inspection of the{" "}
                {kind.length} {kindLabel}.
                {own ? ` ${better(kind)} of them have a better grade.` : ""}
              </p>
              <GradeBars
                rows={[
                  { label: "Same kind", counts: countGrades(kind, "overall") },
                ]}
              />
              <p className="small" style={{ marginTop: "0.5rem" }}>
                <Link href={`/?kind=${self.kind}#authorities`} prefetch={false}>
                  See all {kindLabel}
                </Link>
              </p>
            </>
          )}
        </div>
      </div>
      <h3 style={{ marginTop: "1.5rem" }} id="neighbours-heading">
        Statistical neighbours
      </h3>
      {neighbours.length === 0 ? (
        <p>DfE publishes no statistical neighbours for this authority.</p>
      ) : (
        <>
          <p className="small muted">
            The ten authorities DfE finds most similar to {self.name}{" "}
            (children’s services statistical neighbours), closest first, with{" "}
            {self.name} on the first row.
          </p>
          <div
            className="table-wrap"
            tabIndex={0}
            role="region"
            aria-labelledby="neighbours-heading"
          >
            <table className="data" data-table="neighbours">
              <thead>
                <tr>
                  <th scope="col">Authority</th>
                  {MAP_AREAS.map((area) => (
                    <th scope="col" key={area}>
                      {MAP_AREA_SHORT[area]}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Inspected
                  </th>
                </tr>
              </thead>
              <tbody>
                {[self, ...neighbours].map((row) => (
                  <tr
                    key={row.gss}
                    style={
                      row.gss === self.gss
                        ? { background: "#f4f6f8" }
                        : undefined
                    }
                  >
                    <th scope="row">
                      {row.gss === self.gss ? (
                        <strong>{row.name} (this authority)</strong>
                      ) : (
                        <Link
                          href={`/authorities/${row.slug}`}
                          prefetch={false}
                        >
                          {row.name}
                        </Link>
                      )}
                    </th>
                    {MAP_AREAS.map((area) => (
                      <td key={area}>
                        <GradeBadge grade={row.grades[area]} short />
                      </td>
                    ))}
                    <td className="num" style={{ whiteSpace: "nowrap" }}>
                      {row.inspection
                        ? formatDateShort(row.inspection.date)
                        : "–"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

function isBetter(other: Grade, own: Grade): boolean {
  return GRADES.indexOf(other) < GRADES.indexOf(own);
}
